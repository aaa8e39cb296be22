#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty volume: the portal's role owns the portal's
# database but is no superuser (the image's superuser is 'postgres' with its own password).
set -eu
psql -v ON_ERROR_STOP=1 -v pw="$FILING_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
create role filing login password :'pw' nosuperuser nocreatedb nocreaterole;
create database filing owner filing;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname filing -c 'alter schema public owner to filing'
