-- Each user sees times in their own zone (Asia/Shanghai unless they choose another on their profile).
alter table app_user add column time_zone varchar(60);
