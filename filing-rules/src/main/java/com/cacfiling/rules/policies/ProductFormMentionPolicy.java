package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The forms a provider's texts say the service takes (a mini program, a website, a public account, ...) are among
 * the forms of the products Step 3 lists: the CAC returns filings whose report shows display forms Step 3 does not
 * have (the reference's reason 3; found in a walk: the scope named an app, a mini program and a website, Step 3 only
 * the app). A WARNING: the text may speak of something else (a sibling service), which the filer can tell.
 */
public final class ProductFormMentionPolicy implements FilingPolicy {

    static final String RULE = "PRODUCT_FORMS_MENTIONED";

    /** The texts that describe where the service is offered. */
    private static final List<String> TEXTS = List.of("algorithm.details.introduction", "algorithm.assessment.scope",
            "algorithm.assessment.servedUsers", "algorithm.disclosure.applicationScenarios");

    /**
     * Words that name a form unambiguously, by the form's code in the product-forms list. An app and an API are left
     * out: "app" and "接口" are said of too many things that are no product form.
     */
    private static final Map<String, Pattern> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("MINI_PROGRAM", Pattern.compile("小程序"));
        WORDS.put("PUBLIC_ACCOUNT", Pattern.compile("公众号"));
        WORDS.put("WEBSITE", Pattern.compile("网站|官网|网页版"));
        WORDS.put("DESKTOP_APPLICATION", Pattern.compile("桌面应用|桌面客户端|桌面端"));
        WORDS.put("PLUG_IN", Pattern.compile("插件"));
    }

    @Override
    public List<Finding> check(FilingContext context) {
        if (!(context.filing().step3() instanceof ProductsAndFunctions products) || products.products().isEmpty()) {
            return List.of();
        }
        Set<String> forms = products.products().stream().filter(java.util.Objects::nonNull).map(Product::form)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (forms.isEmpty()) {
            return List.of();
        }
        Map<String, String> texts = FreeTexts.of(context);
        List<Finding> findings = new ArrayList<>();
        for (String path : TEXTS) {
            String text = texts.get(path);
            if (text == null) {
                continue;
            }
            WORDS.forEach((form, words) -> {
                Matcher mention = words.matcher(text);
                if (!forms.contains(form) && mention.find()) {
                    findings.add(Findings.warning(RULE, path, "rule.productForm.notInStep3", null, mention.group(),
                            new FindingArgument.OptionLabel(OptionList.PRODUCT_FORMS, form)));
                }
            });
        }
        return findings;
    }
}
