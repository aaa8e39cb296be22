package com.cacfiling.web.evidence;

/** What Step 1 asks to upload: the entity's evidence, shared by the company's filings, and each filing's signed letter. */
public enum EntityDocumentKind {
    /** 营业执照扫描件 */
    BUSINESS_LICENCE,
    /** 法定代表人身份证件照片 */
    LEGAL_REPRESENTATIVE_ID,
    /** 算法安全责任人身份证件照片 */
    SECURITY_OFFICER_ID,
    /** 签字盖章的算法备案承诺书 */
    SIGNED_COMMITMENT_LETTER,
    /**
     * 盖章的落实算法安全主体责任基本情况, with its attachments (the policies it names): the other document Step 1 asks to
     * upload signed and stamped (the reference's Step 1); the portal writes the table, the company prints and stamps it.
     */
    STAMPED_RESPONSIBILITY_TABLE;

    /**
     * The commitment letter names the algorithm and the role it is filed in: each filing has its own (found in a walk:
     * one company-wide letter, uploaded for one algorithm, went into another algorithm's dossier). The others are the
     * company's, shared by its filings.
     */
    public boolean perFiling() {
        return this == SIGNED_COMMITMENT_LETTER;
    }

    /** Uploaded back signed or stamped after the portal wrote it: the portal's own file is not it. */
    public boolean signedByTheCompany() {
        return this == SIGNED_COMMITMENT_LETTER || this == STAMPED_RESPONSIBILITY_TABLE;
    }

    /** ID photos show the person's ID number: they leave the company only in the officer's submission copy. */
    public boolean personal() {
        return this == LEGAL_REPRESENTATIVE_ID || this == SECURITY_OFFICER_ID;
    }

    /** The kind named in a URL, if it is one; anything else is no page. */
    static java.util.Optional<EntityDocumentKind> parse(String name) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
