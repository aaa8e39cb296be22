-- A technical supporter's self-assessment says which businesses use its technology and how many
-- (servedCustomers, customerCount, 家); a provider's whom its service serves and how many people (servedUsers,
-- userCount). Both lived in servedUsers and userCount, one answer for the two filings of a dual-role entity. Every
-- algorithm with a supporter's filing starts its customer fields from those answers, so documents print what they
-- printed before; a supporter-only algorithm's answers move over, with what was typed into the fields (not yet
-- valid) and the comments on them. A dual-role pair keeps the answers in both, for the filer to correct the ones
-- that describe the other audience.
update algorithm a
   set content = jsonb_set(a.content::jsonb, '{assessment,servedCustomers}',
                           a.content::jsonb -> 'assessment' -> 'servedUsers')::json
 where exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER')
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'servedUsers') = 'string'
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'servedCustomers') is distinct from 'string';

update algorithm a
   set content = jsonb_set(a.content::jsonb, '{assessment,customerCount}',
                           a.content::jsonb -> 'assessment' -> 'userCount')::json
 where exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER')
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'userCount') = 'number'
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'customerCount') is distinct from 'number';

-- A supporter-only algorithm: the provider's fields are nobody's.
update algorithm a
   set content = (a.content::jsonb #- '{assessment,userCount}' #- '{assessment,servedUsers}')::json
 where not exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'SERVICE_PROVIDER')
   and exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER')
   and (a.content::jsonb -> 'assessment' ? 'userCount' or a.content::jsonb -> 'assessment' ? 'servedUsers');

update algorithm a
   set typed_input = jsonb_set(a.typed_input #- '{entries,algorithm.assessment.userCount}',
           '{entries,algorithm.assessment.customerCount}',
           a.typed_input -> 'entries' -> 'algorithm.assessment.userCount')
 where a.typed_input -> 'entries' ? 'algorithm.assessment.userCount'
   and not exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'SERVICE_PROVIDER')
   and exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER');

update field_comment c
   set field_path = case c.field_path when 'algorithm.assessment.userCount' then 'algorithm.assessment.customerCount'
                                      else 'algorithm.assessment.servedCustomers' end
  from filing f
 where f.id = c.filing_id and f.role = 'TECHNICAL_SUPPORTER'
   and c.field_path in ('algorithm.assessment.userCount', 'algorithm.assessment.servedUsers');

update notification n
   set field_path = case n.field_path when 'algorithm.assessment.userCount' then 'algorithm.assessment.customerCount'
                                      else 'algorithm.assessment.servedCustomers' end
 where n.field_path in ('algorithm.assessment.userCount', 'algorithm.assessment.servedUsers')
   and exists (select 1 from field_comment c join filing f on f.id = c.filing_id
                where c.id = n.comment_id and f.role = 'TECHNICAL_SUPPORTER');
