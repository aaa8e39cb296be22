package com.cacfiling.web.user;

import java.security.Principal;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page renders times in the reader's zone, shown with its offset ({@code zone} in the model). */
@ControllerAdvice
class ZoneAdvice {

    private final UserZones zones;

    ZoneAdvice(UserZones zones) {
        this.zones = zones;
    }

    @ModelAttribute("zone")
    ZoneId zone(Principal principal) {
        return zones.of(principal == null ? null : principal.getName());
    }
}
