-- Numbers inside names sort by their value, as people count: 算法2 before 算法10, Model 9 before Model 10 (by
-- character, 算法10 came first). The same pinyin collation with ICU's numeric ordering; still deterministic, so
-- equality, uniqueness and LIKE behave as before. A PostgreSQL built without ICU keeps its own order.
do $$
begin
    if not exists (select 1 from pg_collation where collname = 'pinyin') then
        raise notice 'No pinyin collation: names keep the database''s order.';
        return;
    end if;
    begin
        create collation if not exists pinyin_numeric (provider = icu, locale = 'zh-u-co-pinyin-kn');
    exception when others then
        raise notice 'No numeric ICU collation available: names keep their pinyin order (%).', sqlerrm;
        return;
    end;
    alter table company alter column name type varchar(200) collate pinyin_numeric;
    alter table algorithm alter column name type varchar(200) collate pinyin_numeric;
end
$$;
