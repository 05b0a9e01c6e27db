package io.unknot.core.suggest;


import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses the suggestion for each break from a {@link SuggestionCatalog}.
 *
 * <ul>
 *   <li>Never the same suggestion twice in a row, unless it is the only one that fits.</li>
 *   <li>Body areas are balanced over the local day (in the given zone): an area is picked with weight
 *       {@code f × 8^(−usesToday / f)}, so areas used least today are strongly preferred. {@code f} is
 *       {@value #FOCUS_WEIGHT} for the user's focus area and 1 otherwise, which over a day gives the focus
 *       area about three times the share of any other area. Within the chosen area the suggestion used least
 *       today wins, ties broken at random.</li>
 *   <li>Only suggestions of enabled categories are shown. When none of them suits the need, the nearest other
 *       need's suggestions in enabled categories are used (for example a movement break with aerobic moves off
 *       gets a stretch); categories the user switched off are used only when no enabled category has any
 *       suggestion at all.</li>
 * </ul>
 * Breaks get a whole routine ({@link #routine}), put together by {@link RoutineBuilder} with every move chosen by
 * the rules above; a move of the previous break is not used again in the next one while others fit.
 * Deterministic for a given {@link Random} seed and sequence of calls; time comes only from {@code now}.
 */
public final class SuggestionPicker implements SuggestionSource {

    /** How much more often the focus area comes up than any other area over a day. */
    static final double FOCUS_WEIGHT = 3.0;

    /** How strongly an area already used today is avoided: each extra use divides its weight by this. */
    static final double BALANCE_BASE = 8.0;

    /** For each need, the other needs whose suggestions fit next best, nearest first. */
    private static final Map<SuggestionNeed, List<SuggestionNeed>> NEAREST = new EnumMap<>(Map.of(
            SuggestionNeed.MICRO, List.of(SuggestionNeed.STRETCH, SuggestionNeed.MOVEMENT,
                    SuggestionNeed.POST_DRIVE, SuggestionNeed.DRIVING, SuggestionNeed.REST),
            SuggestionNeed.STRETCH, List.of(SuggestionNeed.MICRO, SuggestionNeed.POST_DRIVE,
                    SuggestionNeed.MOVEMENT, SuggestionNeed.DRIVING, SuggestionNeed.REST),
            SuggestionNeed.MOVEMENT, List.of(SuggestionNeed.STRETCH, SuggestionNeed.DRIVING,
                    SuggestionNeed.POST_DRIVE, SuggestionNeed.MICRO, SuggestionNeed.REST),
            SuggestionNeed.DRIVING, List.of(SuggestionNeed.POST_DRIVE, SuggestionNeed.STRETCH,
                    SuggestionNeed.MOVEMENT, SuggestionNeed.MICRO, SuggestionNeed.REST),
            SuggestionNeed.POST_DRIVE, List.of(SuggestionNeed.DRIVING, SuggestionNeed.STRETCH,
                    SuggestionNeed.MICRO, SuggestionNeed.MOVEMENT, SuggestionNeed.REST),
            SuggestionNeed.REST, List.of(SuggestionNeed.STRETCH, SuggestionNeed.POST_DRIVE,
                    SuggestionNeed.MICRO, SuggestionNeed.MOVEMENT, SuggestionNeed.DRIVING)));

    private final SuggestionCatalog catalog;
    private final Supplier<Set<Category>> categories;
    private final Supplier<FocusArea> focus;
    private final Random random;
    private final ZoneId zone;

    private LocalDate day;
    private final Map<BodyArea, Integer> areaUses = new EnumMap<>(BodyArea.class);
    private final Map<String, Integer> suggestionUses = new HashMap<>();
    private Set<String> previous = Set.of();

    /**
     * @param categories the categories the user enabled, read at every pick
     * @param focus      where the user feels knots, read at every pick
     * @param random     seeded in tests for repeatable picks
     * @param zone       the zone whose midnight starts a new day for the balancing
     */
    public SuggestionPicker(SuggestionCatalog catalog, Supplier<Set<Category>> categories,
                            Supplier<FocusArea> focus, Random random, ZoneId zone) {
        if (catalog.all().isEmpty()) {
            throw new IllegalArgumentException("the suggestion catalog is empty");
        }
        this.catalog = catalog;
        this.categories = Objects.requireNonNull(categories);
        this.focus = Objects.requireNonNull(focus);
        this.random = Objects.requireNonNull(random);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public synchronized Suggestion pick(SuggestionNeed need, Instant now) {
        startDayOf(now);
        List<Suggestion> candidates = candidates(need);
        if (candidates.size() > 1) {
            candidates.removeIf(s -> previous.contains(s.id()));
        }
        if (candidates.isEmpty()) {
            candidates = candidates(need);
        }
        Suggestion chosen = choose(candidates);
        previous = Set.of(chosen.id());
        return chosen;
    }

    @Override
    public synchronized Routine routine(SuggestionNeed need, Duration length, Instant now) {
        startDayOf(now);
        Routine routine = RoutineBuilder.build(need, length, pools(need), previous, this::choose);
        previous = routine.moves().stream().map(Routine.Move::id).collect(Collectors.toUnmodifiableSet());
        return routine;
    }

    /** The moves a break of this kind draws on; see {@link RoutineBuilder}. */
    private RoutineBuilder.Pools pools(SuggestionNeed need) {
        return switch (need) {
            case MOVEMENT -> {
                List<Suggestion> aerobic = enabledFor(SuggestionNeed.MOVEMENT).stream()
                        .filter(s -> s.category() == Category.AEROBIC).toList();
                List<Suggestion> stretches = new ArrayList<>(candidates(SuggestionNeed.STRETCH));
                enabledFor(SuggestionNeed.MOVEMENT).stream()
                        .filter(s -> s.category() != Category.AEROBIC && !stretches.contains(s))
                        .forEach(stretches::add);
                yield aerobic.isEmpty() && stretches.isEmpty()
                        ? new RoutineBuilder.Pools(candidates(need), List.of())
                        : new RoutineBuilder.Pools(stretches, aerobic);
            }
            case DRIVING -> {
                // Only moves written for a roadside stop, whatever the categories say: safety first.
                List<Suggestion> roadside = roadside();
                yield new RoutineBuilder.Pools(roadside.stream().filter(s -> s.area() != BodyArea.WHOLE_BODY).toList(),
                        roadside.stream().filter(s -> s.area() == BodyArea.WHOLE_BODY).toList());
            }
            default -> new RoutineBuilder.Pools(candidates(need), List.of());
        };
    }

    /** Driving-stop moves of enabled categories, else all of them. */
    private List<Suggestion> roadside() {
        List<Suggestion> enabled = enabledFor(SuggestionNeed.DRIVING);
        return enabled.isEmpty() ? catalog.forNeed(SuggestionNeed.DRIVING) : enabled;
    }

    /** Picks by body-area balance and use today, and counts the pick. */
    private Suggestion choose(List<Suggestion> candidates) {
        Optional<BodyArea> favoured = Optional.ofNullable(focus.get()).flatMap(FocusArea::bodyArea);
        BodyArea area = chooseArea(candidates, favoured);
        Suggestion chosen = leastUsed(candidates.stream().filter(s -> s.area() == area).toList());
        areaUses.merge(chosen.area(), 1, Integer::sum);
        suggestionUses.merge(chosen.id(), 1, Integer::sum);
        return chosen;
    }

    private List<Suggestion> enabledFor(SuggestionNeed need) {
        Set<Category> enabled = Objects.requireNonNullElse(categories.get(), Set.of());
        return catalog.forNeed(need).stream().filter(s -> enabled.contains(s.category())).toList();
    }

    private void startDayOf(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!today.equals(day)) {
            day = today;
            areaUses.clear();
            suggestionUses.clear();
        }
    }

    /** Enabled suggestions for the need, else for the nearest need that has some, else ignoring categories. */
    private List<Suggestion> candidates(SuggestionNeed need) {
        List<SuggestionNeed> order = new ArrayList<>();
        order.add(need);
        order.addAll(NEAREST.get(need));
        for (SuggestionNeed n : order) {
            List<Suggestion> fitting = new ArrayList<>(enabledFor(n));
            if (!fitting.isEmpty()) {
                return fitting;
            }
        }
        List<Suggestion> forNeed = catalog.forNeed(need);
        return new ArrayList<>(forNeed.isEmpty() ? catalog.all() : forNeed);
    }

    private BodyArea chooseArea(List<Suggestion> candidates, Optional<BodyArea> favoured) {
        // EnumMap keeps the iteration order fixed, so a seeded Random gives repeatable picks.
        Map<BodyArea, Double> weights = new EnumMap<>(BodyArea.class);
        for (Suggestion s : candidates) {
            double f = favoured.filter(a -> a == s.area()).isPresent() ? FOCUS_WEIGHT : 1.0;
            weights.put(s.area(), f * Math.pow(BALANCE_BASE, -areaUses.getOrDefault(s.area(), 0) / f));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double point = random.nextDouble() * total;
        BodyArea last = null;
        for (Map.Entry<BodyArea, Double> e : weights.entrySet()) {
            last = e.getKey();
            point -= e.getValue();
            if (point < 0) {
                return last;
            }
        }
        return last; // only reached through rounding at the very end of the range
    }

    private Suggestion leastUsed(List<Suggestion> inArea) {
        int fewest = inArea.stream().mapToInt(s -> suggestionUses.getOrDefault(s.id(), 0)).min().orElseThrow();
        List<Suggestion> least = inArea.stream()
                .filter(s -> suggestionUses.getOrDefault(s.id(), 0) == fewest).toList();
        return least.get(random.nextInt(least.size()));
    }
}
