package com.cacfiling.web.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo company's self-built LLM chat service is triaged (issue 16, "done when": algorithm filing,
 * large-model filing and labelling). Runs after the demo accounts exist, once: also on a demo database created by
 * an earlier version, as long as the company has no service yet.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("filing.demo.enabled")
class DemoTriageSeeder implements ApplicationRunner {

    static final String DEMO_COMPANY = "北京灵犀智能科技有限公司";
    static final String DEMO_SERVICE = "灵犀对话";

    /** A public chat service on the company's own model, not sold as an API, without face or voice editing. */
    static final Map<String, Boolean> SELF_BUILT_CHAT;

    static {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("PUBLIC", true);
        answers.put("GENERATIVE", true);
        answers.put("PUBLIC_OPINION", true);
        answers.put("OWN_MODEL", true);
        answers.put("SELLS_API", false);
        answers.put("BIOMETRIC_OR_CHANGE", false);
        answers.put("MOBILISATION_RND", false);
        answers.put("COMPANION", false);
        SELF_BUILT_CHAT = Map.copyOf(answers);
    }

    private final JdbcTemplate jdbc;
    private final Services services;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoTriageSeeder(JdbcTemplate jdbc, Services services, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.services = services;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seedFor(DEMO_COMPANY);
    }

    /** Triages the chat service of the named company, unless the company has a service already. */
    @Transactional
    public void seedFor(String companyName) {
        List<UUID> company = jdbc.queryForList("select id from company where name = ? and not exists "
                + "(select 1 from service s where s.company_id = company.id)", UUID.class, companyName);
        if (!company.isEmpty()) {
            services.seed(company.get(0), DEMO_SERVICE, "自研大语言模型的公众对话服务（网页与 App）", SELF_BUILT_CHAT,
                    "officer.a");
            linkTheStartedModelFiling(company.get(0));
            linkTheAlgorithmFilings(company.get(0));
        }
    }

    /**
     * The demo's generative algorithm filings, made before the service existed, are the chat service's: as if started
     * from its result (found in a walk: a new service of the company was offered them as its own to open).
     */
    private void linkTheAlgorithmFilings(UUID companyId) {
        UUID service = jdbc.queryForObject("select id from service where company_id = ? and name = ?", UUID.class,
                companyId, DEMO_SERVICE);
        List<UUID> filings = jdbc.queryForList("select f.id from filing f join algorithm a on a.id = f.algorithm_id "
                + "where f.company_id = ? and f.role = 'SERVICE_PROVIDER' "
                + "and a.algorithm_type = ? "
                + "and not exists (select 1 from service_filing sf where sf.filing_id = f.id)", UUID.class, companyId,
                com.cacfiling.domain.algorithm.AlgorithmTypes.GENERATIVE_SYNTHESIS);
        if (!filings.isEmpty()) {
            events.publishEvent(new com.cacfiling.web.filing.AlgorithmFilingStarted(companyId, service,
                    List.of(com.cacfiling.domain.filing.FilingRole.SERVICE_PROVIDER), filings, "officer.a"));
        }
    }

    /**
     * The demo's large-model filing, started before the service existed, is the chat service's: its result then
     * opens that filing (it offered to start a second one) and its obligation is in work, as when started from it.
     */
    private void linkTheStartedModelFiling(UUID companyId) {
        UUID service = jdbc.queryForObject("select id from service where company_id = ? and name = ?", UUID.class,
                companyId, DEMO_SERVICE);
        if (jdbc.update("update model_filing set service_id = ? where company_id = ? and route = 'FILING' "
                + "and service_id is null", service, companyId) > 0) {
            events.publishEvent(new com.cacfiling.web.modelfiling.ModelFilingStarted(companyId, service, DEMO_SERVICE,
                    com.cacfiling.domain.largemodel.ModelFilingRoute.FILING, "officer.a"));
        }
    }
}
