-- People's names sort as company names do, by pinyin with numbers by value (found in a walk: the users' list sorted
-- by name read 何, 冯, 刘 …, by code point, while companies were by pinyin). The collation of V119; a PostgreSQL
-- without it (built without ICU) keeps its own order rather than failing the migration.
do $$
begin
    if not exists (select 1 from pg_collation where collname = 'pinyin_numeric') then
        raise notice 'No pinyin_numeric collation: people''s names keep the database''s order.';
        return;
    end if;
    alter table app_user alter column display_name type varchar(200) collate pinyin_numeric;
end
$$;
