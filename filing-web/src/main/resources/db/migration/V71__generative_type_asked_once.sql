-- Regulatory fidelity (issue 15): the CAC form asks the generative synthesis algorithm type once, in the model group,
-- by input and output (text to text, text to image, ...). Until now the basics asked it as "generation kind" and the
-- model held an architecture list of the portal's own (large language model, diffusion model, ...). Stored algorithms
-- are carried over as DossierJson.upgradeFromVersion2 carries files: the generation kinds (and their "other" text)
-- become the model's generative algorithm type, and the architectures move, in words, to the end of the report's
-- model description, so nothing the filer wrote is lost. Typed (not yet valid) values and comments follow the field.
create function v71_generative_type(profile jsonb) returns jsonb language plpgsql immutable as $$
declare
    kinds jsonb := profile -> 'basics' -> 'generationKind';
    kinds_other jsonb := profile -> 'basics' -> 'generationKindOther';
    old jsonb := profile -> 'details' -> 'model' -> 'generativeAlgorithmType';
    old_other text := profile -> 'details' -> 'model' ->> 'generativeAlgorithmTypeOther';
    words text[] := '{}';
    code text;
    description text;
    result jsonb := profile #- '{basics,generationKind}' #- '{basics,generationKindOther}';
begin
    if jsonb_typeof(result -> 'details' -> 'model') <> 'object' then
        return result;
    end if;
    if jsonb_typeof(old) = 'array' then
        for code in select jsonb_array_elements_text(old) loop
            words := words || (case code
                when 'LARGE_LANGUAGE_MODEL' then '大语言模型'
                when 'DIFFUSION_MODEL' then '扩散模型'
                when 'GAN' then '生成对抗网络'
                when 'VAE' then '变分自编码器'
                when 'TRANSFORMER_MULTIMODAL' then '多模态Transformer模型'
                when 'SPEECH_SYNTHESIS' then '语音合成模型'
                when 'OTHER' then null
                else code end);
        end loop;
    end if;
    if old_other is not null and btrim(old_other) <> '' then
        words := words || old_other;
    end if;
    words := array_remove(words, null);
    result := result #- '{details,model,generativeAlgorithmType}' #- '{details,model,generativeAlgorithmTypeOther}';
    if kinds is not null and jsonb_typeof(kinds) <> 'null' then
        result := jsonb_set(result, '{details,model,generativeAlgorithmType}',
                case when jsonb_typeof(kinds) = 'string' then jsonb_build_array(kinds) else kinds end);
    end if;
    if kinds_other is not null and jsonb_typeof(kinds_other) <> 'null' then
        result := jsonb_set(result, '{details,model,generativeAlgorithmTypeOther}', kinds_other);
    end if;
    if coalesce(array_length(words, 1), 0) > 0 and jsonb_typeof(result -> 'assessment') = 'object' then
        description := coalesce(result -> 'assessment' ->> 'modelDescription', '');
        result := jsonb_set(result, '{assessment,modelDescription}', to_jsonb(
                case when btrim(description) = '' then '' else description || E'\n' end
                || '模型类型：' || array_to_string(words, '、') || '。'));
    end if;
    return result;
end
$$;

update algorithm set content = v71_generative_type(content)
 where content -> 'basics' ? 'generationKind' or content -> 'basics' ? 'generationKindOther'
    or content -> 'details' -> 'model' ? 'generativeAlgorithmType'
    or content -> 'details' -> 'model' ? 'generativeAlgorithmTypeOther';

drop function v71_generative_type(jsonb);

-- A typed architecture no longer has a field; a typed generation kind is the model's type now.
update algorithm set typed_input = typed_input
        #- '{entries,algorithm.details.model.generativeAlgorithmType}'
        #- '{entries,algorithm.details.model.generativeAlgorithmTypeOther}'
 where typed_input -> 'entries' ? 'algorithm.details.model.generativeAlgorithmType'
    or typed_input -> 'entries' ? 'algorithm.details.model.generativeAlgorithmTypeOther';
update algorithm set typed_input = jsonb_set(typed_input #- '{entries,algorithm.basics.generationKind}',
        '{entries,algorithm.details.model.generativeAlgorithmType}',
        typed_input -> 'entries' -> 'algorithm.basics.generationKind')
 where typed_input -> 'entries' ? 'algorithm.basics.generationKind';
update algorithm set typed_input = jsonb_set(typed_input #- '{entries,algorithm.basics.generationKindOther}',
        '{entries,algorithm.details.model.generativeAlgorithmTypeOther}',
        typed_input -> 'entries' -> 'algorithm.basics.generationKindOther')
 where typed_input -> 'entries' ? 'algorithm.basics.generationKindOther';

update field_comment set field_path = replace(field_path, 'algorithm.basics.generationKind',
        'algorithm.details.model.generativeAlgorithmType')
 where field_path like 'algorithm.basics.generationKind%';
