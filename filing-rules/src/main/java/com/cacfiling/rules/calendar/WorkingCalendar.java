package com.cacfiling.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Working days of mainland China: Monday to Friday, minus the official public holidays, plus the adjusted working
 * weekends (调休), from one data file per year. For a year without data it falls back to Monday to Friday less the
 * holidays the national regulation fixes by date (全国年节及纪念日放假办法, as revised in 2024: 1 January, 1–2 May,
 * 1–3 October), and says so through {@link #hasOfficialData(int)}; the lunar holidays and the adjusted days come with
 * the year's notice.
 */
public final class WorkingCalendar {

    /** The official notices' holidays by their Chinese names, as the data files write them (before the
     * calendar that reads them). */
    private static final Map<String, String> HOLIDAY_CODES = Map.of("元旦", "NEW_YEAR", "春节", "SPRING_FESTIVAL",
            "清明节", "QINGMING", "劳动节", "LABOUR_DAY", "端午节", "DRAGON_BOAT", "中秋节", "MID_AUTUMN",
            "国庆节", "NATIONAL_DAY", "中秋节、国庆节", "MID_AUTUMN_AND_NATIONAL_DAY",
            "国庆节、中秋节", "NATIONAL_DAY_AND_MID_AUTUMN");

    private static final WorkingCalendar OFFICIAL = load();

    private final Map<Integer, String> sources;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;
    private final List<HolidayPeriod> periods;

    WorkingCalendar(Map<Integer, String> sources, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this(sources, holidays, workingWeekends, List.of());
    }

    private WorkingCalendar(Map<Integer, String> sources, Set<LocalDate> holidays, Set<LocalDate> workingWeekends,
            List<HolidayPeriod> periods) {
        this.sources = Map.copyOf(sources);
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
        this.periods = periods.stream().sorted(java.util.Comparator.comparing(HolidayPeriod::from)).toList();
    }

    /** A public holiday of the official notice, named by its code (message key {@code holiday.<code>}). */
    public record HolidayPeriod(String code, LocalDate from, LocalDate to) {
    }

    /**
     * The official holidays with a day after {@code from} up to and including {@code to}: what a count of working
     * days over that span leaves out (found in a walk: a deadline of 2026-10-16 for a launch on 09-28 looked wrong
     * to anyone counting ten days by hand).
     */
    public List<HolidayPeriod> holidaysWithin(LocalDate from, LocalDate to) {
        return periods.stream().filter(period -> period.to().isAfter(from) && !period.from().isAfter(to)).toList();
    }

    /** The weekends worked in lieu of a holiday (调休) after {@code from} up to and including {@code to}. */
    public List<LocalDate> workingWeekendsWithin(LocalDate from, LocalDate to) {
        return workingWeekends.stream().filter(day -> day.isAfter(from) && !day.isAfter(to)).sorted().toList();
    }

    public static WorkingCalendar official() {
        return OFFICIAL;
    }

    public boolean hasOfficialData(int year) {
        return sources.containsKey(year);
    }

    /** The State Council notice the year's data comes from. */
    public String source(int year) {
        return sources.get(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekends.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        if (!sources.containsKey(date.getYear()) && isFixedHoliday(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** New Year's Day, Labour Day and National Day by their fixed dates (a deadline fell on 1 January 2027). */
    private static boolean isFixedHoliday(LocalDate date) {
        int day = date.getDayOfMonth();
        return switch (date.getMonth()) {
            case JANUARY -> day == 1;
            case MAY -> day <= 2;
            case OCTOBER -> day <= 3;
            default -> false;
        };
    }

    /** The {@code workingDays}-th working day after {@code start} (the start day itself does not count). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private record Holiday(LocalDate from, LocalDate to, String name) {
    }

    private record YearData(int year, String source, List<Holiday> holidays, List<LocalDate> workingWeekends) {
    }

    private record Index(List<Integer> years) {
    }

    private static WorkingCalendar load() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        Map<Integer, String> sources = new HashMap<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingWeekends = new HashSet<>();
        List<HolidayPeriod> periods = new java.util.ArrayList<>();
        for (int year : read(yaml, "index.yaml", Index.class).years()) {
            YearData data = read(yaml, "cn-" + year + ".yaml", YearData.class);
            if (data.year() != year) {
                throw new IllegalStateException("cn-" + year + ".yaml declares year " + data.year());
            }
            sources.put(year, data.source());
            for (Holiday holiday : data.holidays()) {
                String code = HOLIDAY_CODES.get(holiday.name());
                if (code == null) {
                    throw new IllegalStateException("cn-" + year + ".yaml names an unknown holiday " + holiday.name());
                }
                periods.add(new HolidayPeriod(code, holiday.from(), holiday.to()));
                for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                    holidays.add(day);
                }
            }
            workingWeekends.addAll(data.workingWeekends());
        }
        return new WorkingCalendar(sources, holidays, workingWeekends, periods);
    }

    private static <T> T read(YAMLMapper yaml, String resource, Class<T> type) {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing calendar file " + resource);
            }
            return yaml.readValue(in, type);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
