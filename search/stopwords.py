"""The stop words of PostgreSQL's Dutch, English and French text search (the
Snowball lists in tsearch_data/*.stop), so that SQLite drops the same words from a
query as PostgreSQL does. Only the entries without accents: PostgreSQL removes the
accents (unaccent) before it looks a word up, so an accented entry never matches."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = {
    "nl": _words(
        """
        aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch
        doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het
        hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men
        met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over
        reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd
        wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
        """
    ),
    "en": _words(
        """
        a about above after again against all am an and any are as at be because been
        before being below between both but by can did do does doing don down during
        each few for from further had has have having he her here hers herself him
        himself his how i if in into is it its itself just me more most my myself no
        nor not now of off on once only or other our ours ourselves out over own s
        same she should so some such t than that the their theirs them themselves then
        there these they this those through to too under until up very was we were
        what when where which while who whom why will with you your yours yourself
        yourselves
        """
    ),
    "fr": _words(
        """
        ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez
        auriez aurions aurons auront aux avaient avais avait avec avez aviez avions
        avons ayant ayante ayantes ayants ayez ayons c ce ces d dans de des du elle en
        es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux
        furent fus fusse fussent fusses fussiez fussions fut il j je l la le leur lui
        m ma mais me mes moi mon n ne nos notre nous on ont ou par pas pour qu que qui
        s sa se sera serai seraient serais serait seras serez seriez serions serons
        seront ses soient sois soit sommes son sont soyez soyons suis sur t ta te tes
        toi ton tu un une vos votre vous y
        """
    ),
}
