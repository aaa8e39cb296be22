-- Generation kinds, usage scenarios and generative model types can have several answers (a text-and-image service,
-- a service used in several scenarios): the single code an algorithm stored becomes a list of one. Versions kept in
-- the change log are dossier files of format version 1, which the portal upgrades when it reads them.
update algorithm set content = jsonb_set(content, '{basics,generationKind}',
        jsonb_build_array(content -> 'basics' -> 'generationKind'))
 where jsonb_typeof(content -> 'basics' -> 'generationKind') = 'string';
update algorithm set content = jsonb_set(content, '{details,usageScenario}',
        jsonb_build_array(content -> 'details' -> 'usageScenario'))
 where jsonb_typeof(content -> 'details' -> 'usageScenario') = 'string';
update algorithm set content = jsonb_set(content, '{details,model,generativeAlgorithmType}',
        jsonb_build_array(content -> 'details' -> 'model' -> 'generativeAlgorithmType'))
 where jsonb_typeof(content -> 'details' -> 'model' -> 'generativeAlgorithmType') = 'string';
