package dev.ordo.platform.fuzz;

import dev.ordo.platform.testing.HttpResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a seeded fuzz run answered wrongly, and the failure message that lists them: every failing request,
 * the first few in full with their answers, and the seed that replays the run.
 */
public final class FuzzProblems {

    private final long seed;
    private final String database;
    private final int requests;
    private final int shownInFull;
    private final List<String> found = new ArrayList<>();

    public FuzzProblems(long seed, String database, int requests, int shownInFull) {
        this.seed = seed;
        this.database = database;
        this.requests = requests;
        this.shownInFull = shownInFull;
    }

    public void add(String what, FuzzRequest request, HttpResult answer) {
        found.add("#" + request.method() + " " + what + "\n  " + request + "\n  answered: " + abbreviate(answer.toString()));
    }

    public List<String> found() {
        return List.copyOf(found);
    }

    public String report() {
        List<String> failing = found.stream().map(problem -> problem.lines().skip(1).findFirst().orElseThrow())
            .toList();
        return "seed " + seed + " on " + database + " (-Dordo.fuzz.seed=" + seed + " replays it): " + found.size()
            + " of " + requests + " requests answered wrongly:\n" + String.join("\n", failing)
            + "\nthe first ones in full:\n" + String.join("\n", found.subList(0, Math.min(shownInFull, found.size())));
    }

    private static String abbreviate(String text) {
        return text.length() <= 800 ? text : text.substring(0, 800) + "...";
    }
}
