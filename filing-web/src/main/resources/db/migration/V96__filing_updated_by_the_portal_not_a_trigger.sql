-- V95's trigger goes: running on every update of an algorithm, it cost the save's update about 0.4 ms of
-- PostgreSQL's time, and the save round trip a quarter of its throughput under the load test (docs/performance.md,
-- nineteenth round); written at most once a minute it still cost 0.15 ms per update. The portal moves a filing's
-- "updated" itself now, when it saves the algorithm and the filing's time is more than a minute old
-- (FilingService): the lists show it to the minute.
drop trigger filing_follows_algorithm on algorithm;
drop function filing_follows_algorithm();
