package com.cacfiling.web.modelfiling;

import java.util.UUID;

/**
 * A large-model filing (or registration) started for a service was saved with the text of its service agreement: the
 * service's obligation to have one (生成式人工智能服务管理暂行办法 第九条) is in work. Whether the agreement is signed with
 * the users the portal cannot know; marking it done stays the register's.
 */
public record ServiceAgreementDrafted(UUID companyId, UUID serviceId, String actor) {
}
