-- A message about a comment names the field it is on and leads to its thread (found in walks: "a new comment on
-- 灵犀对话生成算法" left the reader to look for it among all of the filing's comments).
alter table notification add column field_path text;
alter table notification add column comment_id uuid;
