package com.cacfiling.domain.filing;

import java.time.Instant;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DualRoleTest {

    @Test
    void bothRolesShareOneAlgorithmButKeepTheirOwnStep3AndStatus() {
        DualRoleFilings pair = SampleDossiers.dualRole();
        assertThat(pair.provider().role()).isEqualTo(FilingRole.SERVICE_PROVIDER);
        assertThat(pair.supporter().role()).isEqualTo(FilingRole.TECHNICAL_SUPPORTER);
        assertThat(pair.provider().algorithm()).isSameAs(pair.supporter().algorithm());

        AlgorithmProfile profile = pair.provider().algorithm().profile();
        pair.provider().algorithm().update(new AlgorithmProfile(
                profile.basics().withName("灵犀对话生成算法V2"),
                profile.details(), profile.assessment(), profile.disclosure()));
        assertThat(pair.supporter().algorithm().name()).isEqualTo("灵犀对话生成算法V2");

        assertThat(pair.provider().step3()).isInstanceOf(ProductsAndFunctions.class);
        assertThat(pair.supporter().step3()).isInstanceOf(SupportPlan.class);
        pair.provider().submitForReview(new Actor("officer", Instant.now()));
        assertThat(pair.provider().status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(pair.supporter().status()).isEqualTo(FilingStatus.DRAFT);
    }
}
