package com.cacfiling.web.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filing deadlines count Beijing working days, so "today" is Beijing's today. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId BEIJING = com.cacfiling.rules.calendar.Deadlines.BEIJING;

    @Bean
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
