"""Backups of the database and the media folder, and their restore.

PostgreSQL: pg_dump in its custom format, restored with pg_restore --clean.
SQLite: the SQLite backup API (a consistent copy while the site runs).
Media: a tar archive of MEDIA_ROOT. One backup = one folder with both."""

import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection

DB_POSTGRES = "database.pgdump"
DB_SQLITE = "database.sqlite3"
MEDIA = "media.tar"


def _pg_env_and_args():
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return env, args


def backup_create(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=False)
    if connection.vendor == "postgresql":
        env, args = _pg_env_and_args()
        subprocess.run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--file",
                str(folder / DB_POSTGRES),
                *args,
            ],
            check=True,
            env=env,
        )
    else:
        connection.ensure_connection()
        target = sqlite3.connect(folder / DB_SQLITE)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(folder / MEDIA, "w") as archive:
        if media_root.exists():
            archive.add(media_root, arcname="media")
    return folder


def backup_restore(folder: Path) -> None:
    if not folder.is_dir():
        raise FileNotFoundError(f"No backup folder {folder}")
    if connection.vendor == "postgresql":
        env, args = _pg_env_and_args()
        connection.close()
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                str(folder / DB_POSTGRES),
            ],
            check=True,
            env=env,
        )
    else:
        connection.ensure_connection()
        source = sqlite3.connect(folder / DB_SQLITE)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists():
        shutil.rmtree(media_root)
    with tarfile.open(folder / MEDIA) as archive:
        members = [
            m
            for m in archive.getmembers()
            if m.name == "media" or m.name.startswith("media/")
        ]
        extract_to = media_root.parent / "_restore_tmp"
        archive.extractall(extract_to, members=members, filter="data")
    restored = extract_to / "media"
    if restored.exists():
        shutil.move(str(restored), str(media_root))
    else:
        media_root.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(extract_to, ignore_errors=True)
