package com.cacfiling.rules.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Real dates from the State Council's notices: holidays and the adjusted working weekends around them. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.official();

    @Test
    void holidaysAreOffAndAdjustedWeekendsAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday worked before National Day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday worked after").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday worked before 春节").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday of 春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10))).as("端午 2024").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
    }

    @Test
    void theHolidaysAndWeekendsWorkedInLieuWithinASpanAreNamed() {
        assertThat(calendar.holidaysWithin(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 15))).containsExactly(
                new WorkingCalendar.HolidayPeriod("MID_AUTUMN", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)),
                new WorkingCalendar.HolidayPeriod("NATIONAL_DAY", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
        assertThat(calendar.workingWeekendsWithin(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 15)))
                .containsExactly(LocalDate.of(2026, 10, 10));
        // A holiday ending on the first day (not counted) lies outside; one starting on the last lies inside.
        assertThat(calendar.holidaysWithin(LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 20))).isEmpty();
        assertThat(calendar.holidaysWithin(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 1)))
                .extracting(WorkingCalendar.HolidayPeriod::code).containsExactly("MID_AUTUMN", "NATIONAL_DAY");
        // Every holiday of every year's notice has a code (the data names 中秋节、国庆节 together in two years).
        assertThat(calendar.holidaysWithin(LocalDate.of(2021, 12, 31), LocalDate.of(2026, 12, 31)))
                .hasSizeGreaterThan(30).extracting(WorkingCalendar.HolidayPeriod::code).doesNotContainNull();
    }

    @Test
    void theTenthWorkingDayAfterALaunchJustBeforeNationalDay2025() {
        // Fri 26 Sep; Sun 28 Sep is worked; 1–8 Oct off; Sat 11 Oct is worked.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 10)).isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void theTenthWorkingDayAfterALaunchJustBeforeNationalDay2026() {
        // Thu 24 Sep; 25–27 Sep 中秋; 1–7 Oct off; Sat 10 Oct is worked.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 24), 10)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void theTenthWorkingDayAcrossSpringFestival2024() {
        // Thu 8 Feb; Fri 9 Feb worked; 10–17 Feb off; Sun 18 Feb worked.
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 8), 10)).isEqualTo(LocalDate.of(2024, 2, 28));
    }

    /** Found in a walk: a service launched in 2022 (the Provisions apply from 1 March) was counted without holidays. */
    @Test
    void theTenthWorkingDayAfterALaunchBeforeMayDay2022() {
        // Wed 20 Apr; Sun 24 Apr worked; 30 Apr – 4 May off; Sat 7 May worked.
        assertThat(calendar.hasOfficialData(2022)).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 4, 20), 10)).isEqualTo(LocalDate.of(2022, 5, 6));
        assertThat(calendar.source(2022)).contains("国办发明电〔2021〕11号");
    }

    @Test
    void twentyWorkingDaysForACancellationOverMayDay2023() {
        // 29 Apr – 3 May off, Sun 23 Apr and Sat 6 May worked.
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 4, 20), 20)).isEqualTo(LocalDate.of(2023, 5, 19));
    }

    @Test
    void yearsWithoutDataFallBackToMondayToFriday() {
        assertThat(calendar.hasOfficialData(2026)).isTrue();
        assertThat(calendar.hasOfficialData(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).as("no data: a Monday counts").isTrue();
        // The holidays the regulation fixes by date are off without the year's notice too (a deadline fell on
        // New Year's Day): 1 January, 1-2 May, 1-3 October.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("New Year's Day, a Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("3 May, a Monday").isTrue();
        assertThat(List.of(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 5, 1))).noneMatch(calendar::isWorkingDay);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 18), 10)).as("over New Year's Day")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.source(2025)).contains("国办发明电〔2024〕12号");
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStart() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 16))).isEqualTo(-5);
    }
}
