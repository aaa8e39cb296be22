-- Company and algorithm names sort as Chinese readers expect, by pinyin (北京… before 星河… before 云雀…), not by
-- code point (found in a walk: 云雀 came before 北京). An ICU collation; a PostgreSQL built without ICU keeps its
-- own order rather than failing the migration.
do $$
begin
    begin
        create collation if not exists pinyin (provider = icu, locale = 'zh-u-co-pinyin');
    exception when others then
        raise notice 'No ICU collation available: names keep the database''s order (%).', sqlerrm;
        return;
    end;
    alter table company alter column name type varchar(200) collate pinyin;
    alter table algorithm alter column name type varchar(200) collate pinyin;
end
$$;
