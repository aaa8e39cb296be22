package com.cacfiling.web.modelfiling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.cacfiling.docs.largemodel.ModelDossier;
import com.cacfiling.docs.largemodel.SheetReader;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.ServiceAlgorithmFiling;
import com.cacfiling.domain.largemodel.TestQuestion;
import com.cacfiling.rules.largemodel.ModelEvaluation;
import com.cacfiling.rules.largemodel.ModelFilingRules;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.CompanyArchivedException;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotEditableException;
import com.cacfiling.web.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Large-model filing use cases, each checked against what the user may reach (a filing outside the user's companies
 * is 404, whether it exists or not). Every change is logged with a snapshot of the content, which makes it a
 * version; saving unchanged content changes nothing and logs nothing.
 */
@Service
public class ModelFilingService implements com.cacfiling.web.filing.OtherFilingsOfTheService {

    private final ModelFilingRepository filings;
    private final CompanyRepository companies;
    private final CompanyAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final org.springframework.context.MessageSource messages;
    private final com.cacfiling.web.filing.FilingService algorithmFilings;

    ModelFilingService(ModelFilingRepository filings, CompanyRepository companies, CompanyAccess access,
            JdbcTemplate jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages, com.cacfiling.web.filing.FilingService algorithmFilings) {
        this.algorithmFilings = algorithmFilings;
        this.events = events;
        this.messages = messages;
        this.filings = filings;
        this.companies = companies;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<ModelFilingRecord> visible(PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        return companyIds.isEmpty() ? List.of() : filings.findVisible(companyIds);
    }

    /** A row of the dashboard's large-model list: the filing and how complete its form is. */
    public record DashboardRow(ModelFilingRecord filing, int readiness) {
    }

    /** The large-model filings the user may reach, newest change first, with the progress their pages show. */
    @Transactional(readOnly = true)
    public List<DashboardRow> dashboard(PortalUser user) {
        List<ModelFilingRecord> visible = user.role() == com.cacfiling.web.user.UserRole.CONSULTANT
                ? filings.findAssignedTo(user.id()) : visible(user);
        return visible.stream().map(filing -> new DashboardRow(filing, ModelFindings.progress(evaluateForm(filing),
                filing.getStartedSteps(), !com.cacfiling.web.wizard.TypedInputs.fromJson(filing.getTypedInput())
                        .isEmpty()))).toList();
    }

    /** The filing if the user may reach it; otherwise 404. */
    @Transactional(readOnly = true)
    public ModelFilingRecord get(UUID id, PortalUser user) {
        return find(id, user).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Optional<ModelFilingRecord> find(UUID id, PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        return companyIds.isEmpty() ? Optional.empty() : filings.findVisible(id, companyIds);
    }

    /**
     * Starts a filing or registration for a company the user may reach, with what the company's Step 1 already
     * says about the entity (typed once, used again; still editable).
     */
    @Transactional
    public ModelFilingRecord create(PortalUser user, UUID companyId, ModelFilingRoute route, UUID serviceId) {
        access.check(user, companyId);
        Company company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        if (company.isArchived()) {
            throw new CompanyArchivedException();
        }
        ObjectNode root = (ObjectNode) DomainJson.readTree("{\"model\":{}}");
        ObjectNode model = (ObjectNode) root.get("model");
        model.put("route", route.name());
        model.set("entity", entityFacts(company));
        // Started for a service of the company's triage: its name, typed once there, is the service's name here.
        String serviceName = serviceId == null ? null : serviceName(companyId, serviceId).orElse(null);
        UUID service = serviceName == null ? null : serviceId;
        if (serviceName != null) {
            ObjectNode basics = model.putObject("basics");
            basics.put("serviceName", serviceName);
            // What the service's own algorithm filing already says, typed once (found in a walk: the launch date
            // and the filing number were asked again, and the two filings then disagreed on the date).
            serviceAlgorithmFiling(service).ifPresent(algorithm -> basics.setAll(serviceAlgorithmFacts(algorithm)));
            otherRouteOf(companyId, service, route).ifPresent(other -> takeSharedParts(other, model));
        }
        ModelFilingRecord record = new ModelFilingRecord(company, route, ModelThresholds.current().standard(),
                ModelFilingForm.VERSION, service, DomainJson.write(root));
        filings.saveAndFlush(record);
        // Named as its other entries are, by the model or service (it named the company, found in a walk).
        log(user, record, createdAction(route), record.displayName().isBlank() ? null : record.displayName(), true);
        if (service != null) {
            events.publishEvent(new ModelFilingStarted(companyId, service, serviceName, route, user.getUsername()));
        }
        return record;
    }

    /**
     * The algorithm filing started from the service (its provider's before a supporter's, the newest first), not one
     * cancelled or withdrawn: its launch date; and the number of the newest approved one (a change in progress has
     * none yet, the filing it changes keeps its number until then).
     */
    private Optional<ServiceAlgorithmFiling> serviceAlgorithmFiling(UUID serviceId) {
        return jdbc.query("""
                select al.launch_date,
                    array(select a.filing_number from service_filing sa join filing a on a.id = sa.filing_id
                          where sa.service_id = sf.service_id and a.status = 'APPROVED' and a.filing_number is not null
                          order by (a.role = 'SERVICE_PROVIDER') desc, a.created_at desc) as numbers
                from service_filing sf join filing f on f.id = sf.filing_id join algorithm al on al.id = f.algorithm_id
                where sf.service_id = ? and f.status not in ('CANCELLED', 'WITHDRAWN')
                order by (f.role = 'SERVICE_PROVIDER') desc, f.created_at desc limit 1""",
                (rs, i) -> {
                    List<String> numbers = List.of((String[]) rs.getArray("numbers").getArray());
                    return new ServiceAlgorithmFiling(rs.getObject("launch_date", java.time.LocalDate.class),
                            numbers.isEmpty() ? null : numbers.get(0), numbers);
                }, serviceId).stream().findFirst();
    }

    /** What the algorithm filing of the filing's service says, if it has a service and the service one. */
    public Optional<ServiceAlgorithmFiling> serviceAlgorithmFiling(ModelFilingRecord checked) {
        return checked.getServiceId() == null ? Optional.empty() : serviceAlgorithmFiling(checked.getServiceId());
    }

    /** The name of a service of the company's triage; empty for an id that is not one of the company's. */
    private Optional<String> serviceName(UUID companyId, UUID serviceId) {
        return jdbc.queryForList("select name from service where id = ? and company_id = ?", String.class, serviceId,
                companyId).stream().findFirst();
    }

    /**
     * The filing already started for the service on the route, if any: starting it again from the triage opens it
     * instead of making a second one.
     */
    @Transactional(readOnly = true)
    public Optional<ModelFilingRecord> startedFor(PortalUser user, UUID companyId, UUID serviceId,
            ModelFilingRoute route) {
        access.check(user, companyId);
        return jdbc.queryForList("select id from model_filing where company_id = ? and service_id = ? and route = ? "
                + "order by created_at limit 1", UUID.class, companyId, serviceId, route.name()).stream().findFirst()
                .flatMap(id -> filings.findAllWithCompany(List.of(id)).stream().findFirst());
    }

    /**
     * The service's filing of the other route, the first started, when there is one: a triage answered again (its
     * own model, or only a filed one called) routes the service from one to the other, and what both ask is typed
     * once (found in a walk: the registration started empty beside a large-model filing 85 % filled).
     */
    @Transactional(readOnly = true)
    public Optional<ModelFilingRecord> otherRouteOf(UUID companyId, UUID serviceId, ModelFilingRoute route) {
        if (serviceId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select id from model_filing where company_id = ? and service_id = ? and route <> ? "
                + "order by created_at limit 1", UUID.class, companyId, serviceId, route.name()).stream().findFirst()
                .flatMap(id -> filings.findAllWithCompany(List.of(id)).stream().findFirst());
    }

    /**
     * The parts both routes ask, as the other route's filing states them: the entity, the basic information but the
     * model's name (a registration names the model it calls, a filing its own), the service and its safeguards, and
     * the agreements. Over what the company's record and the service gave: the other filing is the newer word.
     */
    private static void takeSharedParts(ModelFilingRecord other, ObjectNode model) {
        JsonNode theirs = DomainJson.readTree(other.getContent()).path("model");
        if (theirs.get("entity") instanceof ObjectNode entity) {
            ((ObjectNode) model.get("entity")).setAll(entity.deepCopy());
        }
        if (theirs.get("basics") instanceof ObjectNode basics) {
            ObjectNode shared = basics.deepCopy();
            shared.remove("modelName");
            ObjectNode mine = model.get("basics") instanceof ObjectNode own ? own : model.putObject("basics");
            shared.properties().forEach(fact -> {
                if (!fact.getValue().isNull()) {
                    mine.set(fact.getKey(), fact.getValue());
                }
            });
        }
        for (String part : List.of("service", "agreements")) {
            if (theirs.get(part) instanceof ObjectNode values) {
                model.set(part, values.deepCopy());
            }
        }
    }

    /** The filings started for the service (its triage), the first of each route. */
    @Transactional(readOnly = true)
    public List<ModelFilingRecord> startedFor(PortalUser user, UUID companyId, UUID serviceId) {
        access.check(user, companyId);
        List<UUID> ids = jdbc.queryForList("select distinct on (route) id from model_filing "
                + "where company_id = ? and service_id = ? order by route, created_at", UUID.class, companyId, serviceId);
        return filings.findAllWithCompany(ids);
    }

    /**
     * The demo company's started large-model filing (demo data only): the first part of the sample filing filled
     * in, that step started, the rest to do; its creation by {@code actor} is its first version, as a filing created
     * in the portal has one (found in a walk: without it, the first save listed every field as changed from empty).
     */
    @Transactional
    public ModelFilingRecord seedDemo(Company company, String actor) {
        ObjectNode sample = (ObjectNode) DomainJson.readTree(com.cacfiling.domain.sample.SampleModelFiling.json());
        ObjectNode started = (ObjectNode) DomainJson.readTree("{\"model\":{}}");
        ObjectNode model = (ObjectNode) started.get("model");
        for (String part : List.of("route", "basics", "entity")) {
            model.set(part, sample.get("model").get(part));
        }
        ModelFilingRecord record = new ModelFilingRecord(company, ModelFilingRoute.FILING,
                ModelThresholds.current().standard(), ModelFilingForm.VERSION, null, DomainJson.write(started));
        record.addStartedStep("MODEL_BASIC");
        filings.saveAndFlush(record);
        log(actor, record, createdAction(record.getRoute()), company.getName(), true);
        return record;
    }

    /**
     * The entity fields of this filing that differ from the company's entity as it is now (their paths), where the
     * company has a value: the facts were copied when the filing started, and a change of the company's entity (made
     * in an algorithm filing's Step 1) left the two dossiers saying different things.
     */
    public List<String> entityDiffersFromCompany(ModelFilingRecord checked) {
        DossierTree tree = tree(checked);
        List<String> differing = new ArrayList<>();
        for (var fact : entityFacts(checked.getCompany()).properties()) {
            String path = "model.entity." + fact.getKey();
            if (!fact.getValue().equals(tree.get(path))) {
                differing.add(path);
            }
        }
        return differing;
    }

    /**
     * Takes the company's current entity facts into the filing (the step's button), as a save of the step by the
     * version the page showed; what was typed invalidly into those fields goes, the company's values replace it.
     */
    @Transactional
    public boolean takeCompanyEntity(PortalUser user, UUID id, long expectedVersion) {
        ModelFilingRecord record = get(id, user);
        DossierTree changed = tree(record).copy();
        ObjectNode entity = changed.objectAt("model.entity");
        entityFacts(record.getCompany()).properties().forEach(fact -> entity.set(fact.getKey(), fact.getValue()));
        com.cacfiling.web.wizard.TypedInputs typed = com.cacfiling.web.wizard.TypedInputs
                .fromJson(record.getTypedInput()).without(path -> path.startsWith("model.entity."));
        return saveStep(user, id, expectedVersion, "MODEL_BASIC", changed, typed.toJson(), "MODEL_FILING_ENTITY_TAKEN");
    }

    /**
     * The large-model filings being prepared for the services an algorithm filing was started for, where they no
     * longer say what that filing says (its review asks through {@code OtherFilingsOfTheService}, as their own pages
     * tell).
     */
    @Override
    @com.cacfiling.web.system.ReadWithoutTransaction
    public List<com.cacfiling.web.filing.OtherFilingsOfTheService.Disagreement> disagreeingWith(
            UUID algorithmFilingId) {
        List<UUID> ids = jdbc.queryForList("select m.id from model_filing m join service_filing sf "
                + "on sf.service_id = m.service_id where sf.filing_id = ? order by m.created_at", UUID.class,
                algorithmFilingId);
        List<com.cacfiling.web.filing.OtherFilingsOfTheService.Disagreement> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        // What this filing says: the large-model filing is compared with the service's algorithm filing, which is
        // this one only where the values compared are this one's (a service may have a supporter's filing too).
        Map<String, String> own = new java.util.HashMap<>();
        jdbc.query("select al.launch_date, case when f.status = 'APPROVED' then f.filing_number end as number "
                + "from filing f join algorithm al on al.id = f.algorithm_id where f.id = ?", rs -> {
                    java.time.LocalDate launch = rs.getObject("launch_date", java.time.LocalDate.class);
                    own.put("model.basics.launchDate", launch == null ? null : launch.toString());
                    own.put("model.basics.algorithmFilingNumber", rs.getString("number"));
                }, algorithmFilingId);
        for (ModelFilingRecord filing : filings.findAllWithCompany(ids)) {
            if (!filing.isEditable()) {
                continue;
            }
            DossierTree tree = tree(filing);
            for (ServiceAlgorithmDifference difference : basicsDifferFromServiceAlgorithm(filing)) {
                if (!difference.algorithmFilingValue().equals(own.get(difference.path()))) {
                    continue;
                }
                found.add(new com.cacfiling.web.filing.OtherFilingsOfTheService.Disagreement(
                        "/model-filings/" + filing.getId() + "/steps/basic", filing.displayName(), difference.path(),
                        tree.get(difference.path()).asString(""), difference.algorithmFilingValue()));
            }
        }
        return found;
    }

    /** A basic of this filing that differs from the service's algorithm filing: its path, and that filing's value. */
    public record ServiceAlgorithmDifference(String path, String algorithmFilingValue) {
    }

    /**
     * The basics of this filing that differ from what the service's algorithm filing says, where that filing has a
     * value: the launch date, and the number once approved (a number among the service's approved ones agrees). The
     * notice beside the entity's names them with that filing's values and offers to take them, as the checks warn.
     */
    public List<ServiceAlgorithmDifference> basicsDifferFromServiceAlgorithm(ModelFilingRecord checked) {
        Optional<ServiceAlgorithmFiling> algorithm = serviceAlgorithmFiling(checked);
        if (algorithm.isEmpty()) {
            return List.of();
        }
        DossierTree tree = tree(checked);
        // What was typed and is not valid yet is what the user sees in the field: it differs too.
        com.cacfiling.web.wizard.TypedInputs typed = com.cacfiling.web.wizard.TypedInputs
                .fromJson(checked.getTypedInput());
        List<ServiceAlgorithmDifference> differing = new ArrayList<>();
        serviceAlgorithmFacts(algorithm.get()).properties().forEach(fact -> {
            String path = "model.basics." + fact.getKey();
            JsonNode value = tree.get(path);
            boolean agrees = !typed.entries().containsKey(path) && (fact.getValue().equals(value)
                    || path.endsWith("algorithmFilingNumber") && value.isString()
                    && algorithm.get().approvedNumbers().contains(value.asString().strip()));
            if (!agrees) {
                differing.add(new ServiceAlgorithmDifference(path, fact.getValue().asString()));
            }
        });
        return differing;
    }

    /**
     * The service's algorithm filing's launch date and number taken into the basics where they differ (the notice's
     * button), as a save of the step by the version the page showed; what was typed invalidly there goes.
     */
    @Transactional
    public boolean takeServiceAlgorithm(PortalUser user, UUID id, long expectedVersion) {
        ModelFilingRecord record = get(id, user);
        List<ServiceAlgorithmDifference> differing = basicsDifferFromServiceAlgorithm(record);
        if (differing.isEmpty()) {
            return false;
        }
        DossierTree changed = tree(record).copy();
        ObjectNode basics = changed.objectAt("model.basics");
        differing.forEach(difference -> basics.put(difference.path().substring("model.basics.".length()),
                difference.algorithmFilingValue()));
        java.util.Set<String> taken = differing.stream().map(ServiceAlgorithmDifference::path)
                .collect(java.util.stream.Collectors.toSet());
        com.cacfiling.web.wizard.TypedInputs typed = com.cacfiling.web.wizard.TypedInputs
                .fromJson(record.getTypedInput()).without(taken::contains);
        return saveStep(user, id, expectedVersion, "MODEL_BASIC", changed, typed.toJson(),
                "MODEL_FILING_SERVICE_ALGORITHM_TAKEN");
    }

    /** The values the service's algorithm filing has, by their names in the basics. */
    private static ObjectNode serviceAlgorithmFacts(ServiceAlgorithmFiling algorithm) {
        ObjectNode facts = (ObjectNode) DomainJson.readTree("{}");
        if (algorithm.launchDate() != null) {
            facts.put("launchDate", algorithm.launchDate().toString());
        }
        if (algorithm.approvedNumber() != null) {
            facts.put("algorithmFilingNumber", algorithm.approvedNumber());
        }
        return facts;
    }

    /** Name, credit code, contact, legal representative and security officer from the company's entity profile. */
    private static ObjectNode entityFacts(Company company) {
        ObjectNode entity = (ObjectNode) DomainJson.readTree("{}");
        entity.put("name", company.getName());
        String profile = company.getEntityProfile();
        if (profile == null || profile.isBlank()) {
            return entity;
        }
        JsonNode p = DomainJson.readTree(profile);
        // The name Step 1 states, as the notice says; the administration's record is compared on its own (found in a
        // re-check: after a rename the button wrote the recorded name here while Step 1 kept the stated one).
        copy(p.path("name"), entity, "name");
        copy(p.path("creditCode"), entity, "creditCode");
        copy(p.path("contact").path("name"), entity, "contactName");
        copy(p.path("contact").path("mobile"), entity, "contactPhone");
        copy(p.path("contact").path("email"), entity, "contactEmail");
        copy(p.path("legalRepresentative").path("name"), entity, "legalRepresentative");
        copy(p.path("securityOfficer").path("name"), entity, "assessmentLead");
        return entity;
    }

    /**
     * This filing's entity facts by their paths in the company's Step 1, for the company to take where it states none
     * (the way back of {@link #entityFacts}; the assessment's lead is this filing's own, not the company's security
     * officer, and the name is the company's record).
     */
    private static Map<String, String> companyFacts(DossierTree tree) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        Map.of("creditCode", "creditCode", "contactName", "contact.name", "contactPhone", "contact.mobile",
                "contactEmail", "contact.email", "legalRepresentative", "legalRepresentative.name")
                .forEach((own, companys) -> facts.put(companys, tree.get("model.entity." + own).asString("")));
        return facts;
    }

    private static void copy(JsonNode value, ObjectNode into, String name) {
        if (value.isString() && !value.asString().isBlank()) {
            into.put(name, value.asString());
        }
    }

    public static DossierTree tree(ModelFilingRecord record) {
        return DossierTree.of((ObjectNode) DomainJson.readTree(record.getContent()), ModelFilingForm.fields());
    }

    public static ModelThresholds thresholds(ModelFilingRecord record) {
        return ModelThresholds.of(record.getStandard()).orElse(ModelThresholds.current());
    }

    /**
     * Saves a step: refused when someone else saved the filing since the user loaded it; nothing happens (no
     * version) when neither the answers nor what was typed changed. Returns whether anything changed.
     */
    @Transactional
    public boolean saveStep(PortalUser user, UUID id, long expectedVersion, String step, DossierTree changed,
            String typedInputJson) {
        // Logged by its step (found in a walk: every save read "large-model filing saved"); older entries keep
        // MODEL_FILING_SAVED.
        return saveStep(user, id, expectedVersion, step, changed, typedInputJson, "MODEL_SAVED_" + step);
    }

    /** As above, logged as {@code action} (values taken from elsewhere say where from, not just "saved"). */
    private boolean saveStep(PortalUser user, UUID id, long expectedVersion, String step, DossierTree changed,
            String typedInputJson, String action) {
        ModelFilingRecord record = get(id, user);
        requireEditable(record);
        if (record.getVersion() != expectedVersion) {
            // Reloaded at its own page (the link led to /filings/<id>, which is not there).
            throw new EditConflictException(id, "/model-filings/" + id);
        }
        JsonNode before = DomainJson.readTree(record.getContent());
        // A form writes an empty list for a field left empty where the stored content has none: the same answer.
        boolean sameContent = answered(before).equals(SAME_VALUE, answered(changed.root()));
        boolean same = sameContent && sameJson(typedInputJson, record.getTypedInput());
        if (same) {
            // Nothing written: no version, and the dashboard's "updated" stays (found in a walk: it moved on a save
            // that said "nothing changed"). A step saved as shown with answers in it (Step 1's, copied from the
            // company) is confirmed and counts from now on; an empty one stays "not started", without a required mark
            // under every field (found in a walk: "未开始" became "0 %").
            if (!record.getStartedSteps().contains(step) && holdsAnswers(record, step, changed)) {
                markStarted(record, step);
            }
            return false;
        }
        String typedBefore = record.getTypedInput();
        record.addStartedStep(step);
        record.setContent(DomainJson.write(changed.root()));
        record.setTypedInput(typedInputJson);
        filings.saveAndFlush(record);
        // Only a value typed invalidly (kept, not used): no version, as in the algorithm filing (found in a walk: the
        // history showed a credit code typed wrong as the filing's new code).
        if (!sameContent) {
            log(user, record, action, record.displayName(), true);
            if (step.equals("MODEL_BASIC")) {
                algorithmFilings.fillMissingEntityFacts(user, record.getCompany(), companyFacts(changed));
            }
            if (record.getServiceId() != null && !changed.get(SERVICE_AGREEMENT).asString("").isBlank()) {
                events.publishEvent(new ServiceAgreementDrafted(record.getCompany().getId(), record.getServiceId(),
                        user.getUsername()));
            }
            if (user.is(com.cacfiling.web.user.UserRole.CONSULTANT)) {
                events.publishEvent(com.cacfiling.web.filing.FilingEditedByConsultant.ofModelFiling(
                        record.getCompany().getId(), record.getId(), user.id(), record.displayName()));
            }
        }
        else {
            // Yet a save, which the audit log records (its page says every save), worded by what it did to the values
            // typed; values taken from elsewhere say where from, as their version does.
            log(user, record, action.startsWith("MODEL_SAVED_")
                    ? com.cacfiling.web.filing.TypedOnlySave.action(action, typedBefore, typedInputJson) : action,
                    record.displayName(), false);
        }
        return !same;
    }

    /**
     * Equal values: numbers by value (2000 read back from storage is an int, bound from a form a long; 1.2 a double
     * and a decimal), everything else as JSON compares it (objects regardless of key order).
     */
    /** Its text saved takes the service's obligation to have an agreement into work. */
    private static final String SERVICE_AGREEMENT = "model.agreements.serviceAgreement";

    private static final java.util.Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** The content without what answers nothing: nulls, empty lists and objects left empty by them. */
    static JsonNode answered(JsonNode node) {
        if (node.isObject()) {
            ObjectNode kept = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.properties().forEach(entry -> {
                JsonNode value = answered(entry.getValue());
                if (!value.isNull() && !(value.isContainer() && value.isEmpty())) {
                    kept.set(entry.getKey(), value);
                }
            });
            return kept;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode kept = tools.jackson.databind.node.JsonNodeFactory.instance
                    .arrayNode();
            node.forEach(item -> kept.add(answered(item)));
            return kept;
        }
        return node;
    }

    private static boolean sameJson(String a, String b) {
        return Objects.equals(DomainJson.readTree(a == null || a.isBlank() ? "{}" : a),
                DomainJson.readTree(b == null || b.isBlank() ? "{}" : b));
    }

    /** Whether any field of the step holds an answer. */
    private static boolean holdsAnswers(ModelFilingRecord record, String step, DossierTree tree) {
        return com.cacfiling.domain.largemodel.ModelFilingForm.steps(record.getRoute()).stream()
                .filter(spec -> spec.step().equals(step)).flatMap(spec -> spec.groups().stream())
                .flatMap(group -> group.fields().stream()).map(field -> answered(tree.get(field.path())))
                .anyMatch(value -> !value.isMissingNode() && !value.isNull()
                        && !(value.isContainer() && value.isEmpty()) && !(value.isString() && value.asString().isBlank()));
    }

    /**
     * Marks a step started (its findings show at its fields from now on) without counting as an edit of the filing:
     * neither its version (a form open elsewhere stays valid) nor its "updated" moves.
     */
    private void markStarted(ModelFilingRecord record, String step) {
        java.util.Set<String> steps = new java.util.LinkedHashSet<>(record.getStartedSteps());
        steps.add(step);
        jdbc.update("update model_filing set started_steps = ? where id = ?", String.join(",", steps),
                record.getId());
    }

    /** Where the user left the filing, to reopen it there; not a change of the filing (no version). */
    @Transactional
    public void rememberLastStep(PortalUser user, UUID id, String step) {
        jdbc.update("update model_filing set last_step = ? where id = ?", step, get(id, user).getId());
    }

    /** An uploaded list: read (refused with the reason when it cannot be), stored with its rows, logged. */
    @Transactional
    public SheetReader.Read<?> upload(PortalUser user, UUID id, ModelListKind kind, String fileName,
            byte[] content) {
        ModelFilingRecord record = get(id, user);
        requireEditable(record);
        SheetReader.Read<?> read = kind == ModelListKind.KEYWORDS ? SheetReader.readKeywords(content)
                : SheetReader.readQuestions(content);
        List<?> rows = read.entries();
        String name = fileName == null || fileName.isBlank() ? kind.slug() : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        jdbc.update("delete from model_filing_list where model_filing_id = ? and kind = ?", record.getId(),
                kind.name());
        jdbc.update("""
                insert into model_filing_list (model_filing_id, kind, file_name, content, row_count, rows, uploaded_at,
                                               uploaded_by, skipped_count, skipped_rows)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""",
                record.getId(), kind.name(), name, content, rows.size(), DomainJson.write(rows),
                Timestamp.from(clock.instant()), user.getUsername(), read.skippedRows().size(),
                read.skippedRows().isEmpty() ? null : read.skippedRows().stream().limit(20).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
        // A new list is a change of the filing: its "updated" on the dashboard moves (the version does not: the
        // lists have their own upload times, which the evaluation's and the documents' keys include).
        jdbc.update("update model_filing set updated_at = ?, updated_by = ? where id = ?",
                Timestamp.from(clock.instant()), user.getUsername(), record.getId());
        log(user, record, "MODEL_LIST_UPLOADED", name + " · " + rows.size(), false);
        return read;
    }

    /**
     * The text of an uploaded agreement or privacy policy put into its field, as if pasted: a version of the filing
     * (nothing when the text is the same). Returns whether it changed.
     */
    @Transactional
    public boolean putAgreementText(PortalUser user, UUID id, String field, String text) {
        ModelFilingRecord record = get(id, user);
        requireEditable(record);
        DossierTree tree = tree(record);
        tree.objectAt("model.agreements").put(field, text);
        TypedInputsJson typed = TypedInputsJson.without(record.getTypedInput(), "model.agreements." + field);
        return saveStep(user, id, record.getVersion(), "MODEL_AGREEMENTS", tree, typed.json());
    }

    /** The stored typed-input JSON without one field's entry (a text replaced by an upload is no longer invalid). */
    private record TypedInputsJson(String json) {
        static TypedInputsJson without(String json, String path) {
            return new TypedInputsJson(com.cacfiling.web.wizard.TypedInputs.fromJson(json)
                    .without(path::equals).toJson());
        }
    }

    /** An uploaded list's file name, size and when, for the lists page. */
    public record UploadedList(ModelListKind kind, String fileName, int rows, Instant at, String by, int skipped,
            List<Integer> skippedRows) {

        /** More rows were not read than the first twenty listed. */
        public boolean moreSkipped() {
            return skipped > skippedRows.size();
        }
    }

    @Transactional(readOnly = true)
    public Map<ModelListKind, UploadedList> uploads(ModelFilingRecord checked) {
        Map<ModelListKind, UploadedList> uploads = new EnumMap<>(ModelListKind.class);
        jdbc.query("select kind, file_name, row_count, uploaded_at, uploaded_by, skipped_count, skipped_rows "
                + "from model_filing_list where model_filing_id = ?", rs -> {
                    ModelListKind kind = ModelListKind.valueOf(rs.getString("kind"));
                    String skipped = rs.getString("skipped_rows");
                    uploads.put(kind, new UploadedList(kind, rs.getString("file_name"), rs.getInt("row_count"),
                            rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                            rs.getInt("skipped_count"), skipped == null ? List.of() : java.util.Arrays.stream(
                                    skipped.split(",")).map(Integer::valueOf).toList()));
                }, checked.getId());
        return uploads;
    }

    /** The rows of the uploaded lists (null for a list not uploaded). */
    @Transactional(readOnly = true)
    public ModelLists lists(ModelFilingRecord checked) {
        Map<ModelListKind, String> rows = new EnumMap<>(ModelListKind.class);
        jdbc.query("select kind, rows::text as rows from model_filing_list where model_filing_id = ?",
                rs -> {
                    rows.put(ModelListKind.valueOf(rs.getString("kind")), rs.getString("rows"));
                }, checked.getId());
        return new ModelLists(keywords(rows.get(ModelListKind.KEYWORDS)), questions(rows.get(ModelListKind.CONTENT_BANK)),
                questions(rows.get(ModelListKind.SHOULD_REFUSE)), questions(rows.get(ModelListKind.NON_REFUSAL)));
    }

    private static List<KeywordEntry> keywords(String json) {
        return json == null ? null : List.of(DomainJson.read(json, KeywordEntry[].class));
    }

    private static List<TestQuestion> questions(String json) {
        return json == null ? null : List.of(DomainJson.read(json, TestQuestion[].class));
    }

    /** The form's checks only (no lists): what a step page shows at its fields. */
    public ModelEvaluation evaluateForm(ModelFilingRecord record) {
        return evaluation(record);
    }

    /**
     * What the checks found for one content: the version (every save and move), the lists as uploaded, the day, and
     * what the service's algorithm filing says (it changes without this filing's version).
     */
    record EvaluatedKey(UUID filing, long version, String lists, LocalDate today, ServiceAlgorithmFiling algorithm) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<EvaluatedKey, ModelEvaluation> evaluated =
            com.cacfiling.web.system.Caches.caffeine().maximumSize(2_000).build();

    /**
     * The checks of a filing, its uploaded lists included, evaluated once per content: every page shows the same
     * progress (the step pages evaluated the form without the lists: 85 % there, 100 % on the lists page), and the
     * lists' rows (up to 200,000) are read once, not on every page (the lists page took 1.2-3.5 s each time).
     */
    public ModelEvaluation evaluation(ModelFilingRecord checked) {
        return evaluated.get(new EvaluatedKey(checked.getId(), checked.getVersion(), listsStamp(checked), today(),
                serviceAlgorithmFiling(checked).orElse(null)),
                key -> ModelFilingRules.evaluate(tree(checked), checked.getRoute(), lists(checked),
                        thresholds(checked), key.today(), key.algorithm()));
    }

    /**
     * The dossier its documents print; for a reader outside the company with the resident ID numbers written into
     * its texts masked (found in a walk: a consultant read a test account's full number in the filing form).
     */
    @Transactional(readOnly = true)
    public ModelDossier dossier(ModelFilingRecord checked, boolean idsMasked) {
        com.cacfiling.web.wizard.TypedInputs typed = com.cacfiling.web.wizard.TypedInputs
                .fromJson(checked.getTypedInput());
        DossierTree tree = withoutReplacedValues(tree(checked), typed);
        return new ModelDossier(checked.getRoute(), idsMasked ? PersonalData.textsMasked(tree) : tree,
                lists(checked), thresholds(checked), evaluation(checked), today(), pending(typed));
    }

    /** The values typed invalidly, in the words the page gives them, in both document languages. */
    private java.util.List<com.cacfiling.docs.PendingValue> pending(com.cacfiling.web.wizard.TypedInputs typed) {
        return typed.entries().entrySet().stream().map(entry -> com.cacfiling.web.document.Documents.pendingValue(
                entry.getKey(), entry.getValue().messageKey(), entry.getValue().arguments(), messages)).toList();
    }

    /**
     * The tree documents print: a field whose last input was not valid prints as still to fill, not with the value
     * that input replaced (found in a walk: a corrected credit code typed wrong printed the old code, unannounced).
     */
    static DossierTree withoutReplacedValues(DossierTree tree, com.cacfiling.web.wizard.TypedInputs typed) {
        if (typed.isEmpty()) {
            return tree;
        }
        DossierTree copy = tree.copy();
        for (String path : typed.entries().keySet()) {
            int dot = path.lastIndexOf('.');
            if (dot > 0 && copy.get(path.substring(0, dot)) instanceof tools.jackson.databind.node.ObjectNode parent) {
                parent.remove(path.substring(dot + 1));
            }
        }
        return copy;
    }

    /**
     * The route the service's latest triage calls for when it is no longer this filing's: its register says this
     * route no longer applies and the other one does (found in a walk: after the triage turned a registration into a
     * filing, the registration's pages said nothing of it). Empty when the filing has no service or still fits.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ModelFilingRoute> routeTheTriageCallsFor(ModelFilingRecord checked) {
        if (checked.getServiceId() == null || !checked.isEditable()) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, Boolean> applies = new java.util.HashMap<>();
        jdbc.query("select kind, applies from obligation where service_id = ? and kind in (?, ?)",
                row -> { applies.merge(row.getString(1), row.getBoolean(2), Boolean::logicalOr); },
                checked.getServiceId(), "LARGE_MODEL_FILING", "LARGE_MODEL_REGISTRATION");
        ModelFilingRoute other = checked.getRoute() == ModelFilingRoute.FILING ? ModelFilingRoute.REGISTRATION
                : ModelFilingRoute.FILING;
        boolean mineApplies = applies.getOrDefault(kindOf(checked.getRoute()), true);
        return !mineApplies && applies.getOrDefault(kindOf(other), false) ? java.util.Optional.of(other)
                : java.util.Optional.empty();
    }

    private static String kindOf(ModelFilingRoute route) {
        return route == ModelFilingRoute.FILING ? "LARGE_MODEL_FILING" : "LARGE_MODEL_REGISTRATION";
    }

    /** Whether the reader belongs to the filing's company (its officers); consultants and administrators do not. */
    public static boolean insideCompany(PortalUser reader, ModelFilingRecord filing) {
        return reader.worksFor(filing.getCompany().getId());
    }

    /** Ready to submit: no error found and nothing typed that is not valid yet (without reading the lists' rows). */
    public boolean isReady(ModelFilingRecord checked) {
        return evaluation(checked).isReady() && !typedPending(checked);
    }

    private static boolean typedPending(ModelFilingRecord checked) {
        return !com.cacfiling.web.wizard.TypedInputs.fromJson(checked.getTypedInput()).isEmpty();
    }

    private static void requireEditable(ModelFilingRecord record) {
        refuseIfArchived(record);
        if (!record.isEditable()) {
            throw notEditable(record);
        }
    }

    /** The moves of the review, as the algorithm filing has them; each logged, the others working on it told. */
    public enum Move {
        /** The company asks for the review: only with nothing left to correct (no error, nothing typed invalidly). */
        SUBMIT("MODEL_SUBMITTED", "inbox.submittedForReview"),
        /** The consultant hands it back with a reason. */
        RETURN("MODEL_RETURNED", "inbox.returned"),
        /** The consultant finds it ready to file with the CAC. */
        READY("MODEL_READY", "inbox.ready"),
        /** Back to preparing, from ready (something to change before filing). */
        REOPEN("MODEL_REOPENED", "inbox.reopened");

        private final String action;
        private final String inboxKey;

        Move(String action, String inboxKey) {
            this.action = action;
            this.inboxKey = inboxKey;
        }

        public String inboxKey() {
            return inboxKey;
        }
    }

    /**
     * Makes a move of the review, or refuses it: a move from the wrong status, a review move by someone not a
     * consultant, a submission with something left to correct. Returns the filing as moved.
     */
    @Transactional
    public ModelFilingRecord move(PortalUser user, UUID id, Move move, String reason) {
        ModelFilingRecord record = get(id, user);
        refuseIfArchived(record);
        jdbc.queryForList("select id from model_filing where id = ? for no key update", record.getId());
        refuseUnlessMayMove(user, record, move);
        switch (move) {
            case SUBMIT -> record.moveTo(ModelFilingRecord.IN_REVIEW, null);
            case RETURN -> record.moveTo(ModelFilingRecord.RETURNED, Objects.requireNonNull(reason, "reason"));
            case READY -> record.moveTo(ModelFilingRecord.READY, null);
            case REOPEN -> record.moveTo(ModelFilingRecord.DRAFT, null);
        }
        filings.saveAndFlush(record);
        log(user, record, move.action, reason, false);
        return record;
    }

    /**
     * Refuses a move from the wrong status, a review move by someone not a consultant, a submission with something
     * left to correct: the move as its confirmation asks it (an officer is not shown a confirmation whose button fails).
     */
    public void refuseUnlessMayMove(PortalUser user, ModelFilingRecord record, Move move) {
        refuseIfArchived(record);
        boolean consultant = user.is(com.cacfiling.web.user.UserRole.CONSULTANT);
        String status = record.getStatus();
        switch (move) {
            case SUBMIT -> {
                if (!record.isEditable() || !isReady(record)) {
                    throw notEditableMove(record);
                }
            }
            case RETURN, READY -> requireReview(consultant, record);
            case REOPEN -> {
                if (!ModelFilingRecord.READY.equals(status)) {
                    throw notEditableMove(record);
                }
            }
        }
    }

    private static void requireReview(boolean consultant, ModelFilingRecord record) {
        if (!consultant) {
            throw new com.cacfiling.web.system.ForbiddenException();
        }
        if (!ModelFilingRecord.IN_REVIEW.equals(record.getStatus())) {
            throw notEditableMove(record);
        }
    }

    /**
     * An archived company's record is read only: said as such, not as a record in review (it said "此备案正在审核…" of
     * an archived company's draft), leading back to the review page.
     */
    private static void refuseIfArchived(ModelFilingRecord record) {
        if (record.getCompany().isArchived()) {
            throw new CompanyArchivedException("/model-filings/" + record.getId() + "/review", record::wordsOf);
        }
    }

    /** A move's refusal: as {@link #notEditable}, saying that the move, not a change, was not made. */
    private static NotEditableException notEditableMove(ModelFilingRecord record) {
        return new NotEditableException("Model filing " + record.getId(),
                "/model-filings/" + record.getId() + "/review", record::wordsOf, true);
    }

    /** The refusal, leading back to the review page, worded as the record is (a registration's says "此登记"). */
    private static NotEditableException notEditable(ModelFilingRecord record) {
        return new NotEditableException("Model filing " + record.getId(),
                "/model-filings/" + record.getId() + "/review", record::wordsOf);
    }

    /**
     * A filing's documents as rendered for one content: its version (every save and move makes a new one), its lists
     * as uploaded, the format, the language and the day. Rendering a report took 1.1–1.4 s each time it was opened
     * (a walk in Chromium, 2026-12-02); opened again unchanged, it is served as rendered. Bounded by bytes.
     */
    record RenderedKey(UUID filing, long version, String lists, String document, String format, String language,
            LocalDate today, boolean idsMasked) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<RenderedKey, byte[]> rendered =
            com.cacfiling.web.system.Caches.caffeine().maximumWeight(32L * 1024 * 1024)
                    .weigher((RenderedKey key, byte[] content) -> content.length).build();
    private final java.util.concurrent.atomic.AtomicLong renders = new java.util.concurrent.atomic.AtomicLong();

    /** A document of a filing the reader was checked for, rendered once per content and kind of reader. */
    public byte[] document(ModelFilingRecord checked, com.cacfiling.docs.largemodel.ModelDocumentKind kind,
            com.cacfiling.docs.DocumentFormat format, java.util.Locale language, PortalUser reader) {
        boolean idsMasked = !insideCompany(reader, checked);
        return rendered.get(new RenderedKey(checked.getId(), checked.getVersion(), listsStamp(checked), kind.key(),
                format.name(), language.toLanguageTag(), today(), idsMasked), key -> {
                    renders.incrementAndGet();
                    return com.cacfiling.docs.largemodel.ModelDocuments.render(kind, format,
                            dossier(checked, idsMasked), language);
                });
    }

    /** The dossier ZIP of a filing the reader was checked for, built once per content and kind of reader. */
    public byte[] zip(ModelFilingRecord checked, PortalUser reader) {
        boolean idsMasked = !insideCompany(reader, checked);
        return rendered.get(new RenderedKey(checked.getId(), checked.getVersion(), listsStamp(checked), "dossier",
                "ZIP", "all", today(), idsMasked), key -> {
                    renders.incrementAndGet();
                    return com.cacfiling.docs.largemodel.ModelDossierZip.zip(dossier(checked, idsMasked));
                });
    }

    /** How many documents were rendered (not served as rendered) since the start: for the tests. */
    long renders() {
        return renders.get();
    }

    /** What the lists are now, without reading their rows: each list's kind and when it was uploaded. */
    /** Whether any of the lists was uploaded: the step bar says "not started" until then, as for a step not saved. */
    public boolean listsUploaded(ModelFilingRecord checked) {
        return !listsStamp(checked).isEmpty();
    }

    private String listsStamp(ModelFilingRecord checked) {
        return String.join(",", jdbc.queryForList("select kind || '@' || uploaded_at from model_filing_list "
                + "where model_filing_id = ? order by kind", String.class, checked.getId()));
    }

    /** Where a version keeps the values typed that were not valid: beside the answers, as the filing keeps them. */
    private static final String TYPED = "typedInput";

    /**
     * A version's snapshot: the answers, and the values typed invalidly when there are any (found in a walk: a version
     * made by typing "ABC" compared as "the same" as the one before, while the field showed ABC).
     */
    private static String snapshotOf(ModelFilingRecord record) {
        com.cacfiling.web.wizard.TypedInputs typed = com.cacfiling.web.wizard.TypedInputs
                .fromJson(record.getTypedInput());
        if (typed.isEmpty()) {
            return record.getContent();
        }
        ObjectNode root = (ObjectNode) DomainJson.readTree(record.getContent());
        root.set(TYPED, DomainJson.readTree(typed.toJson()));
        return DomainJson.write(root);
    }

    /** A change of the filing in the shared append-only log; with a snapshot, it is a version of the filing. */
    private void log(PortalUser user, ModelFilingRecord record, String action, String detail, boolean snapshot) {
        log(user.getUsername(), record, action, detail, snapshot);
    }

    private void log(String username, ModelFilingRecord record, String action, String detail, boolean snapshot) {
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            address = request.getRemoteAddr();
        }
        String actor = username.length() > 100 ? username.substring(0, 100) : username;
        String text = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
        jdbc.update("""
                insert into change_log (company_id, model_filing_id, actor, client_address, at, action, detail, snapshot)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as json))""", record.getCompany().getId(), record.getId(), actor,
                address, Timestamp.from(clock.instant()), action, text, snapshot ? snapshotOf(record) : null);
    }

    /** One entry of a filing's history. */
    public record HistoryEntry(long id, Instant at, String actor, String action, String detail, boolean version) {

        /**
         * An uploaded list's row count, which the log keeps after the file's name ("kw.csv · 10180"): the page says it
         * as a number of rows in the reader's language. Null for other entries.
         */
        public Integer rows() {
            return rows(action, detail);
        }

        /** The uploaded file's name, before its row count. */
        public String listFile() {
            return listFile(action, detail);
        }

        /** {@link #rows()} of any entry of the log (the audit log says it as this history does). */
        public static Integer rows(String action, String detail) {
            if (!"MODEL_LIST_UPLOADED".equals(action) || detail == null || !detail.contains(" · ")) {
                return null;
            }
            String count = detail.substring(detail.lastIndexOf(" · ") + 3);
            return count.chars().allMatch(Character::isDigit) && !count.isEmpty() && count.length() < 10
                    ? Integer.valueOf(count) : null;
        }

        /** {@link #listFile()} of any entry of the log. */
        public static String listFile(String action, String detail) {
            return rows(action, detail) == null ? detail : detail.substring(0, detail.lastIndexOf(" · "));
        }
    }

    /** A version as the form showed it: the answers, and the values typed that were not valid. */
    public record Version(DossierTree tree, com.cacfiling.web.wizard.TypedInputs typed) {
    }

    /**
     * A version of the filing and the one before it, for the history's comparison: empty when the entry is not a
     * version of this filing. The one before is null for the first version recorded: nothing earlier to compare
     * with (a filing seeded without its creation had its first save listed as every field changed from empty).
     */
    @Transactional(readOnly = true)
    public Optional<Version[]> versionAndPrevious(ModelFilingRecord checked, long entryId) {
        List<String> version = jdbc.queryForList("select snapshot::text from change_log where id = ? "
                + "and model_filing_id = ? and snapshot is not null", String.class, entryId, checked.getId());
        if (version.isEmpty()) {
            return Optional.empty();
        }
        List<String> previous = jdbc.queryForList("select snapshot::text from change_log where model_filing_id = ? "
                + "and id < ? and snapshot is not null order by id desc limit 1", String.class, checked.getId(), entryId);
        return Optional.of(new Version[] {previous.isEmpty() ? null : versionOf(previous.get(0)),
                versionOf(version.get(0))});
    }

    private static Version versionOf(String snapshot) {
        ObjectNode root = (ObjectNode) DomainJson.readTree(snapshot);
        JsonNode typed = root.remove(TYPED);
        return new Version(DossierTree.of(root, ModelFilingForm.fields()), typed == null
                ? com.cacfiling.web.wizard.TypedInputs.none()
                : com.cacfiling.web.wizard.TypedInputs.fromJson(DomainJson.write(typed)));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(ModelFilingRecord checked) {
        return jdbc.query("""
                select id, at, actor, action, detail, snapshot is not null as version from change_log
                where model_filing_id = ? order by id desc""", (rs, i) -> new HistoryEntry(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                actionOfRoute(rs.getString("action"), checked.getRoute()),
                detailAsLogged(rs.getString("action"), rs.getString("detail"), checked.getCompany().getName()),
                rs.getBoolean("version")), checked.getId());
    }

    /**
     * An entry's detail as its history and the audit log show it: a creation logged before it was named by the
     * model or service named the company, which the log (append-only) keeps; it is read without it.
     */
    public static String detailAsLogged(String action, String detail, String companyName) {
        boolean created = "MODEL_FILING_CREATED".equals(action) || "MODEL_REGISTRATION_CREATED".equals(action);
        return created && detail != null && detail.equals(companyName) ? null : detail;
    }

    /**
     * The creation's entry names the route, a registration's "registration" (found in a walk: a registration's
     * history began with "large-model filing created"). The route never changes after the creation.
     */
    static String createdAction(ModelFilingRoute route) {
        return route == ModelFilingRoute.REGISTRATION ? "MODEL_REGISTRATION_CREATED" : "MODEL_FILING_CREATED";
    }

    /**
     * A registration's creation logged before it had its own action (the log is append-only) reads as one too, and so
     * does a save logged before saves named their step ("large-model filing saved", found in a walk on a
     * registration's history).
     */
    private static String actionOfRoute(String action, ModelFilingRoute route) {
        if ("MODEL_FILING_CREATED".equals(action)) {
            return createdAction(route);
        }
        return "MODEL_FILING_SAVED".equals(action) && route == ModelFilingRoute.REGISTRATION
                ? "MODEL_REGISTRATION_SAVED" : action;
    }
}
