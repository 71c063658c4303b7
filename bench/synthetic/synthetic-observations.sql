-- SYNTHETIC benchmark data: every pre-2025 province, district and commune × the first 24 indicators × 2006–2025.
-- Runs only in the database `egov_bench_synthetic` (checked by build-synthetic.ts), never in the published dataset:
-- the rows hang off one source document titled "SYNTHETIC …" and their natural keys are md5('synthetic:…').
do $$ begin
  if current_database() <> 'egov_bench_synthetic' then
    raise exception 'synthetic benchmark data goes only into egov_bench_synthetic, not %', current_database();
  end if;
end $$;

insert into source_document (kind, title, publisher, published_at, url, text, content_hash, attribution)
values ('TABLE', 'SYNTHETIC benchmark data — not a real source, never published', 'egov-vn bench', null, null,
        'SYNTHETIC benchmark figure.', 'synthetic-benchmark-source', 'synthetic')
on conflict (content_hash) do nothing;

-- Loading 5 M rows is much faster without the indexes; they are rebuilt right after, as the migrations define them.
create temporary table saved_index as
  select indexname, indexdef from pg_indexes
  where tablename = 'observation' and indexname <> 'observation_pkey';
do $$ declare r record; begin
  for r in select indexname from saved_index loop execute format('drop index %I', r.indexname); end loop;
end $$;

insert into observation (natural_key, indicator_code, dimensions, area_id, period, value, unit, qualifier, status,
                         review_status, source_id, quote, quote_start, quote_end, reviewed_at)
select md5('synthetic:' || a.id || ':' || i.code || ':' || y),
       i.code,
       case when i.dimensions ? 'govLevel' then '{"govLevel":"ALL"}'::jsonb
            when i.dimensions ? 'serviceLevel' then '{"serviceLevel":"3"}'::jsonb
            when i.dimensions ? 'component' then '{"component":"OVERALL"}'::jsonb
            else '{}'::jsonb end,
       a.id, y,
       round((abs(hashtext(a.code || i.code || y)) % 100000) / 1000.0, 2),
       i.unit, 'EXACT', 'ACTUAL', 'APPROVED', s.id, 'SYNTHETIC benchmark figure.', 0, 27, now()
from area a
cross join (select * from indicator order by sort_order limit 24) i
cross join generate_series(2006, 2025) y
cross join (select id from source_document where content_hash = 'synthetic-benchmark-source') s
where a.geography = 'pre2025'
on conflict do nothing;

do $$ declare r record; begin
  for r in select indexdef from saved_index loop execute r.indexdef; end loop;
end $$;
analyze;
