-- A technical supporter's self-assessment counts the businesses using its technology (customerCount, 家), a
-- provider's the people using its service (userCount). Both lived in userCount, one number for the two filings of a
-- dual-role entity. Every algorithm with a supporter's filing starts its customer count from that number, so
-- documents print what they printed before; a supporter-only algorithm's number moves over, with what was typed
-- into the field (not yet valid) and the comments on it. A dual-role pair keeps the number in both fields, for the
-- filer to correct the one that counts the other audience.
update algorithm a
   set content = jsonb_set(a.content::jsonb, '{assessment,customerCount}', a.content::jsonb -> 'assessment' -> 'userCount')::json
 where exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER')
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'userCount') = 'number'
   and jsonb_typeof(a.content::jsonb -> 'assessment' -> 'customerCount') is distinct from 'number';

update algorithm a
   set content = (a.content::jsonb #- '{assessment,userCount}')::json
 where not exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'SERVICE_PROVIDER')
   and exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER')
   and a.content::jsonb -> 'assessment' ? 'userCount';

update algorithm a
   set typed_input = jsonb_set(a.typed_input #- '{entries,algorithm.assessment.userCount}',
           '{entries,algorithm.assessment.customerCount}', a.typed_input -> 'entries' -> 'algorithm.assessment.userCount')
 where a.typed_input -> 'entries' ? 'algorithm.assessment.userCount'
   and not exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'SERVICE_PROVIDER')
   and exists (select 1 from filing f where f.algorithm_id = a.id and f.role = 'TECHNICAL_SUPPORTER');

update field_comment c set field_path = 'algorithm.assessment.customerCount'
  from filing f
 where f.id = c.filing_id and f.role = 'TECHNICAL_SUPPORTER' and c.field_path = 'algorithm.assessment.userCount';

update notification n set field_path = 'algorithm.assessment.customerCount'
 where n.field_path = 'algorithm.assessment.userCount'
   and exists (select 1 from field_comment c join filing f on f.id = c.filing_id
                where c.id = n.comment_id and f.role = 'TECHNICAL_SUPPORTER');
