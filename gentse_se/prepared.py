"""Queries that the ORM builds once and the database runs many times.

For the busiest pages the ORM takes longer to build a query (the directory's filters,
the search's three sources with their publication windows) than PostgreSQL takes to
run it. A prepared query is built by the ORM once per process and *shape* (say: the
directory in Dutch with two sectors ticked), with stand-ins for the values that change
from one request to the next (the sectors' codes, the clock, the words searched for).
Each run puts the request's values where the stand-ins were. The ORM stays the one
place where what a query means is written ("published", "visible", "in a sector").

A stand-in must reach the parameters unchanged: lookups that rewrite their value (LIKE
patterns, for one) cannot take one, and `prepare` refuses a query in which a stand-in
went missing."""

import datetime
import functools

from django.db import connection

_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


class StandIns:
    """Makes stand-in values and remembers which name each stands for."""

    def __init__(self):
        self.names = {}  # stand-in as it reaches the parameters → (name, adapt)

    def text(self, name):
        value = f"\x00{name}\x00"
        self.names[value] = (name, None)
        return value

    def number(self, name):
        """A whole number no real id or count is (far below zero)."""
        value = -(2**40) - len(self.names)
        self.names[value] = (name, None)
        return value

    def moment(self, name):
        """An aware datetime no real value shares (in 2000, to the microsecond).
        Some databases get datetimes as text (SQLite): that form stands in too, and
        the request's value is turned into text the same way."""
        value = _EPOCH + datetime.timedelta(microseconds=len(self.names) + 1)
        adapt = connection.ops.adapt_datetimefield_value
        self.names[value] = (name, None)
        self.names[adapt(value)] = (name, adapt)
        return value


class Prepared:
    def __init__(self, sql, params, slots, pick=None):
        self.sql, self._params, self._slots, self._pick = sql, params, slots, pick

    def params(self, values):
        out = []
        for param, slot in zip(self._params, self._slots, strict=True):
            if slot is None:
                out.append(param)
            else:
                name, adapt = slot
                out.append(values[name] if adapt is None else adapt(values[name]))
        return out

    def rows(self, values, *extra):
        """The rows for these values (a dict by stand-in name), with extra
        parameters for placeholders the SQL added after the ORM's (LIMIT, OFFSET)."""
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [*self.params(values), *extra])
            rows = cursor.fetchall()
        if self._pick is None:
            return rows
        return [tuple(row[index] for index in self._pick) for row in rows]

    def objects(self, model, values):
        """Model instances of the rows (columns matched by name, as the ORM's
        raw() does)."""
        return list(model.objects.raw(self.sql, self.params(values)))


def prepare(suffix="", columns=()):
    """Decorator: build(stand_ins, *key) returns a values_list queryset, or (sql,
    params), made with stand_ins' values; the prepared query, with suffix after the
    ORM's SQL, is kept per key (which must name everything the query's shape depends
    on: the language, how many values, …). A queryset's rows come with these columns
    in this order, whatever order the ORM put them in."""

    def decorator(build):
        @functools.cache
        def prepared(*key):
            stand_ins = StandIns()
            built = build(stand_ins, *key)
            pick = None
            if isinstance(built, tuple):
                sql, params = built
            else:
                compiler = built.query.get_compiler(connection.alias)
                sql, params = compiler.as_sql()
                # Django 5.2 does not always put a values_list's columns in its
                # order in the SQL (it varies from one process to the next; the
                # ORM maps them back, raw rows are not).
                selected = [alias for _expression, _sql, alias in compiler.select]
                pick = [selected.index(name) for name in columns]
            slots = [
                stand_ins.names.get(param)
                if isinstance(param, str | int | datetime.datetime)
                and not isinstance(param, bool)
                else None
                for param in params
            ]
            used = {slot[0] for slot in slots if slot is not None}
            missing = {name for name, _adapt in stand_ins.names.values()} - used
            if missing:
                raise ValueError(f"stand-ins changed on the way to SQL: {missing}")
            return Prepared(sql + suffix, params, slots, pick)

        return prepared

    return decorator
