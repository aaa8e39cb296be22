package com.cacfiling.domain.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The option lists of one version of the CAC filing form, each with its provenance (where its options come from),
 * which every list must declare.
 */
public record FormVersion(String formVersion, LocalDate validFrom, Map<String, ListProvenance> provenance,
        Map<String, List<ReferenceOption>> lists) {

    public FormVersion {
        lists = Map.copyOf(lists);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        for (OptionList list : OptionList.values()) {
            if (!lists.containsKey(list.key())) {
                throw new IllegalArgumentException("Form version " + formVersion + " lacks the list " + list.key());
            }
            if (!provenance.containsKey(list.key())) {
                throw new IllegalArgumentException("Form version " + formVersion + " does not say where the list "
                        + list.key() + " comes from");
            }
        }
        List<String> types = lists.get(OptionList.ALGORITHM_TYPES.key()).stream().map(ReferenceOption::code).toList();
        lists.values().stream().flatMap(List::stream).flatMap(option -> option.algorithmTypes().stream())
                .filter(type -> !types.contains(type)).findFirst().ifPresent(type -> {
                    throw new IllegalArgumentException("Form version " + formVersion + " names an unknown algorithm type "
                            + type);
                });
    }

    /** Where the list's options come from. */
    public ListProvenance provenance(OptionList list) {
        return provenance.get(list.key());
    }

    public List<ReferenceOption> options(OptionList list) {
        return lists.get(list.key());
    }

    public Optional<ReferenceOption> find(OptionList list, String code) {
        return options(list).stream().filter(option -> option.code().equals(code)).findFirst();
    }

    public boolean contains(OptionList list, String code) {
        return find(list, code).isPresent();
    }

    /** The output modality an output file format belongs to, if the format is known. */
    public Optional<String> modalityOfFormat(String formatCode) {
        return find(OptionList.OUTPUT_FORMATS, formatCode).map(ReferenceOption::modality);
    }
}
