package com.cacfiling.domain.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmData;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.AlgorithmStrategy;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.EvidenceKind;
import com.cacfiling.domain.algorithm.FlowStep;
import com.cacfiling.domain.algorithm.FlowStepKind;
import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.ContactPerson;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.company.Person;
import com.cacfiling.domain.company.Policy;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.company.ResponsibilityTable;
import com.cacfiling.domain.company.SecurityBody;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.DualRoleFilings;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.domain.reference.ReferenceCatalog;

/**
 * Complete, realistic filings built purely through the domain API: the demo company's filing, and the fixtures
 * that rules, documents and benchmarks start from. Fictitious entity, people and numbers with valid check codes.
 */
public final class SampleDossiers {

    public static final String ALGORITHM_NAME = "灵犀对话生成算法";
    private static final Instant AT = Instant.parse("2026-10-08T02:00:00Z");

    private SampleDossiers() {
    }

    public static EntityProfile entity() {
        Person head = new Person("李安全", "算法安全部负责人", new ResidentIdNumber("330106199007081511"),
                new PhoneNumber("13900001111"), new EmailAddress("security@lingxi-ai.example.cn"));
        ResponsibilityTable table = new ResponsibilityTable(
                new SecurityBody("算法安全委员会", LocalDate.of(2024, 3, 1),
                        "公司设立算法安全委员会，由首席技术官担任主任，下设算法安全部负责日常工作。",
                        head, "8年信息安全与内容安全管理经验，熟悉算法推荐与深度合成相关法规。",
                        "专职人员应具备算法、数据安全或内容审核相关背景，并通过内部法规培训考核。",
                        12, "部署内容安全审核平台、模型输出过滤系统、日志审计系统和数据分级分类管控工具。"),
                List.of(
                        new Policy(PolicyKind.SELF_ASSESSMENT, "算法安全自评估制度", "每季度及重大变更前开展算法安全自评估，形成评估报告并留存。"),
                        new Policy(PolicyKind.INFORMATION_SECURITY_MONITORING, "信息安全监测制度", "对生成内容进行实时监测，发现违法和不良信息立即处置。"),
                        new Policy(PolicyKind.DATA_SECURITY_MONITORING, "数据安全监测制度", "对训练数据和用户数据的访问、流转进行监测和审计。"),
                        new Policy(PolicyKind.PERSONAL_INFORMATION_MONITORING, "个人信息安全监测制度", "监测个人信息处理活动，保障个人信息主体权益。"),
                        new Policy(PolicyKind.ALGORITHM_SECURITY_MONITORING, "算法安全监测制度", "监测算法输出质量与偏差，定期评估模型安全。"),
                        new Policy(PolicyKind.INCIDENT_RESPONSE, "安全事件应急处置制度", "建立分级响应机制，重大事件2小时内上报并处置。"),
                        new Policy(PolicyKind.VIOLATION_HANDLING, "违法违规处置制度", "对违规用户采取警示、限制功能、暂停服务等措施并留存记录。"),
                        new Policy(PolicyKind.ETHICS_REVIEW, "科技伦理审查制度", "重大算法上线前由伦理委员会审查。")),
                List.of("算法安全委员会成立文件", "算法安全管理制度汇编"));
        return new EntityProfile("北京灵犀智能科技有限公司", new UnifiedSocialCreditCode("91110108MA01N7QX00"),
                "ENTERPRISE", "北京市海淀区中关村大街1号", new BigDecimal("1000"), LocalDate.of(2020, 5, 18), null,
                true, "BUSINESS_LICENCE", "91110108MA01N7QX00",
                new Person("王法人", "执行董事", new ResidentIdNumber("110105198503120020"), new PhoneNumber("13800001234"),
                        new EmailAddress("legal@lingxi-ai.example.cn")),
                new Person("李安全", "算法安全负责人", new ResidentIdNumber("330106199007081511"),
                        new PhoneNumber("13900001111"), new EmailAddress("security@lingxi-ai.example.cn")),
                new ContactPerson("赵联络", "合规经理", new PhoneNumber("13700002222"),
                        new EmailAddress("compliance@lingxi-ai.example.cn"), "北京市海淀区中关村大街1号8层", "100080"),
                new IcpFiling(new IcpNumber("京ICP备2020012345号-1"), "北京灵犀智能科技有限公司",
                        new UnifiedSocialCreditCode("91110108MA01N7QX00"), null),
                table);
    }

    public static AlgorithmProfile algorithmProfile() {
        AlgorithmBasics basics = new AlgorithmBasics("GENERATIVE_SYNTHESIS", ALGORITHM_NAME, LocalDate.of(2026, 12, 15),
                List.of("GENERAL_QA", "OFFICE_ASSISTANT"));
        AlgorithmDetails details = new AlgorithmDetails(
                new ZiLimitedText("灵犀对话生成算法基于自研大语言模型，根据用户输入的文本生成回答、摘要和写作建议，应用于智能问答和办公助手场景。"),
                "INTELLIGENT_DIALOGUE",
                new AlgorithmData(List.of("TEXT"), false, false, List.of("TEXT"), List.of("TXT", "MD"), "单次不超过1MB",
                        true, null),
                new AlgorithmModel(false, null, "LICENSED_DATA", true, "用户协议及单独授权，训练前去标识化处理",
                        "TEXT_TO_TEXT", "GPU服务器集群（A800 32卡）", "中文通用评测准确率85%，平均响应时间1.2秒", "CLOUD"),
                new AlgorithmStrategy(true, "训练数据清洗、去重和有害内容过滤", true, "输入敏感词检测和意图识别", true, "输出内容安全审核和显式标识"),
                new RiskPrevention(true, true, true, "COMPREHENSIVE", "COMPREHENSIVE", "MACHINE_AND_HUMAN_REVIEW",
                        new ZiLimitedText("建立输入输出双向审核、生成内容显式与隐式标识、用户举报处置和辟谣机制，定期开展安全评估。")));
        List<EvidenceItem> evidence = List.of(
                new EvidenceItem("ev-label", "生成内容显式标识截图", EvidenceKind.SCREENSHOT, "label.png", "image/png", 48213L,
                        "3f0a6c2d9b1e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"),
                new EvidenceItem("ev-report", "用户举报入口截图", EvidenceKind.SCREENSHOT, "report.png", "image/png", 35120L,
                        "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"),
                new EvidenceItem("ev-review", "内容审核平台截图", EvidenceKind.SCREENSHOT, "review.png", "image/png", 51002L,
                        "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        SelfAssessment assessment = new SelfAssessment(
                List.of(new FlowStep("输入审核", FlowStepKind.RULE, "敏感词与意图识别"),
                        new FlowStep("模型生成", FlowStepKind.MODEL, "大语言模型生成回答"),
                        new FlowStep("输出审核", FlowStepKind.HUMAN_REVIEW, "机器审核与抽样人工复核"),
                        new FlowStep("内容标识", FlowStepKind.LABELLING, "添加显式与隐式标识"),
                        new FlowStep("日志留存", FlowStepKind.LOGGING, "留存输入输出日志六个月")),
                "面向中国境内公众用户提供智能问答与写作辅助服务", "个人用户及中小企业员工", 1_200_000L,
                "互联网内容平台、企业办公软件厂商等企业客户", 320L,
                "提升信息获取和办公效率，未发现对舆论和社会动员的显著影响", "自研推理服务，部署于云服务器",
                "中国境内（北京）数据中心", "无",
                "训练数据来自授权采购语料和公开数据集，经清洗、去重和安全过滤。",
                "基于Transformer结构的大语言模型，经指令微调和安全对齐。",
                "通过输入过滤、输出审核和人工复核进行干预。",
                "对生成内容添加显式文字提示和文件元数据隐式标识。",
                List.of(new RiskAssessment(RiskCategory.ABUSE, "用户可能利用服务批量生成虚假信息。",
                                List.of(new RiskMeasure(MeasureKind.CONTENT_GOVERNANCE, "机器与人工结合审核，限制批量调用频率。", List.of("ev-review")),
                                        new RiskMeasure(MeasureKind.LABELLING, "生成内容添加显式和隐式标识。", List.of("ev-label")))),
                        new RiskAssessment(RiskCategory.MALICIOUS_EXPLOITATION, "攻击者可能通过提示词注入等方式诱导模型绕过安全策略。",
                                List.of(new RiskMeasure(MeasureKind.MODEL_SECURITY, "部署提示词注入检测与越狱防护，定期开展对抗测试。", List.of()))),
                        new RiskAssessment(RiskCategory.VULNERABILITY, "算法及其依赖组件可能存在安全漏洞。",
                                List.of(new RiskMeasure(MeasureKind.MODEL_SECURITY, "建立漏洞管理流程，定期安全扫描与渗透测试，及时修复。", List.of()))),
                        new RiskAssessment(RiskCategory.HARMFUL_INFORMATION, "模型可能生成违法和不良信息。",
                                List.of(new RiskMeasure(MeasureKind.USER_RIGHTS, "提供举报入口，24小时内处理。", List.of("ev-report")),
                                        new RiskMeasure(MeasureKind.MODEL_SECURITY, "安全对齐训练与红队测试。", List.of()))),
                        new RiskAssessment(RiskCategory.DATA_LEAKAGE, "用户输入中可能包含个人信息。",
                                List.of(new RiskMeasure(MeasureKind.DATA_SECURITY, "加密存储、访问控制和日志审计。", List.of())))),
                evidence, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23),
                "经自评估，本算法已建立与风险相适应的安全管理制度和技术措施，风险总体可控。", "无");
        PublicDisclosure disclosure = new PublicDisclosure(
                "基于大语言模型，根据上下文预测并生成文本。",
                "用户输入经安全审核后由模型生成回答，输出经审核与标识后展示给用户。",
                "智能问答、文本摘要、写作辅助。",
                "帮助用户高效获取信息和完成写作任务。",
                "在产品官网“算法公示”页面公示。");
        return new AlgorithmProfile(basics, details, assessment, disclosure);
    }

    private static Actor actor() {
        return new Actor("officer.a", AT);
    }

    private static String formVersion() {
        return ReferenceCatalog.standard().current().formVersion();
    }

    public static ProductsAndFunctions products() {
        return new ProductsAndFunctions(List.of(
                new Product("灵犀助手", "APP", "各大应用商店搜索“灵犀助手”", "智能问答、写作辅助", "日活跃用户约5万",
                        LocalDate.of(2026, 12, 15), "面向个人用户的智能助手应用。", "首页对话入口"),
                new Product("灵犀助手网页版", "WEBSITE", "https://www.lingxi-ai.example.cn", "智能问答、文本摘要", "月活跃用户约20万",
                        LocalDate.of(2026, 12, 15), "网页版智能助手。", "首页输入框")));
    }

    public static SupportPlan supportPlan() {
        return new SupportPlan(List.of("API", "PRIVATE_DEPLOYMENT"), List.of("ENTERPRISE", "DEVELOPER"),
                "为企业客户提供对话生成能力", "API密钥鉴权、调用频率限制和客户实名认证",
                "要求客户以服务提供者身份自行完成算法备案，并在合同中约定备案义务", "《灵犀开放平台服务协议》");
    }

    public static Dossier completeProvider() {
        Algorithm algorithm = new Algorithm(new AlgorithmId(UUID.fromString("5a1e0000-0000-4000-8000-000000000001")),
                algorithmProfile());
        Filing filing = Filing.start(new FilingId(UUID.fromString("f1100000-0000-4000-8000-000000000001")),
                FilingRole.SERVICE_PROVIDER, algorithm, formVersion(), actor());
        filing.updateStep3(products());
        return new Dossier(entity(), filing);
    }

    public static Dossier completeSupporter() {
        Algorithm algorithm = new Algorithm(new AlgorithmId(UUID.fromString("5a1e0000-0000-4000-8000-000000000002")),
                algorithmProfile());
        Filing filing = Filing.start(new FilingId(UUID.fromString("f1100000-0000-4000-8000-000000000002")),
                FilingRole.TECHNICAL_SUPPORTER, algorithm, formVersion(), actor());
        filing.updateStep3(supportPlan());
        return new Dossier(entity(), filing);
    }

    public static DualRoleFilings dualRole() {
        Algorithm algorithm = new Algorithm(new AlgorithmId(UUID.fromString("5a1e0000-0000-4000-8000-000000000003")),
                algorithmProfile());
        DualRoleFilings pair = Filing.startDualRole(new FilingId(UUID.fromString("f1100000-0000-4000-8000-000000000003")),
                new FilingId(UUID.fromString("f1100000-0000-4000-8000-000000000004")), algorithm, formVersion(), actor());
        pair.provider().updateStep3(products());
        pair.supporter().updateStep3(supportPlan());
        return pair;
    }
}
