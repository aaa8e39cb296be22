-- A change made through the REST API names the personal access token it came with (its name, as its owner gave it),
-- so that history and audit tell a script's change from one made in the browser (found in a walk: they read alike).
alter table change_log add column api_token varchar(100);
