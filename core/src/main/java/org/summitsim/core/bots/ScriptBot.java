package org.summitsim.core.bots;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * A bot whose personality is a {@link Script}: rules that teachers write in JSON without code.
 * When no rule has anything to do, its fallback strategy votes and decides.
 */
public final class ScriptBot implements Bot {

    private final Script script;
    private final Bot fallback;
    private final Set<String> fired = new HashSet<>();

    ScriptBot(Script script, BotSeat seat) {
        this.script = script;
        String fb = script.fallback() == null ? "silent" : script.fallback();
        this.fallback = switch (fb) {
            case "utility" -> new UtilityBot(seat);
            case "mediator" -> new MediatorBot(seat);
            case "hardliner" -> new HardlinerBot(seat);
            case "historical" -> new HistoricalBot(seat);
            case "silent" -> new SilentBot(seat);
            default ->
                throw new IllegalArgumentException("script \"" + script.name() + "\": fallback \"" + fb
                        + "\" is not one of silent, utility, mediator, hardliner, historical");
        };
    }

    /**
     * Reads and checks a script ({@link ScriptCheck}); {@code scenario}, when known, lets the check
     * name clauses, wordings and delegations too.
     */
    public static ScriptBot load(Path file, BotSeat seat, Scenario scenario) {
        Script script;
        try {
            script = Json.mapper().readValue(Files.readString(file), Script.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("The bot script " + file + " uses \"" + e.getPropertyName() + "\""
                    + where(e) + ", which is not a field there; the fields are "
                    + Json.knownFields(e)
                    + " (docs/BOTS.md, \"Rule scripts\").");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(
                    "There is no bot script " + file + " (looked for "
                            + file.toAbsolutePath() + "); script:FILE names a rule script, a JSON file (docs/BOTS.md,"
                            + " \"Rule scripts\").",
                    e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "The bot script " + file + " is not valid JSON: "
                            + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")")
                            + ".",
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the bot script " + file + ": " + e.getMessage(), e);
        }
        ScriptCheck.check(script, file.toString(), scenario);
        return new ScriptBot(script, seat);
    }

    /** " in rules[1].then[2]": where in the script a field is, counting from 1 as the check's messages do. */
    private static String where(UnrecognizedPropertyException e) {
        StringBuilder out = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null && !ref.getFieldName().equals(e.getPropertyName())) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return out.length() == 0 ? "" : " in " + out;
    }

    public static ScriptBot of(Script script, BotSeat seat) {
        ScriptCheck.check(script, "\"" + script.name() + "\"", null);
        return new ScriptBot(script, seat);
    }

    /** The fallback strategy learns who plays where, as it would playing the seat itself. */
    @Override
    public void seatedPeople(Set<String> seats) {
        fallback.seatedPeople(seats);
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        if (view.paused() || view.legalActions().isEmpty()) {
            return List.of();
        }
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < script.rules().size(); i++) {
            fire(view, i, script.rules().get(i), out);
        }
        return out.isEmpty() ? fallback.act(view, news) : out;
    }

    private void fire(PlayerView view, int index, Script.Rule rule, List<Command> out) {
        Script.When w = rule.when();
        if (!phaseMatches(view, w.phase())
                || !textMatches(view, w.text())
                || !pledged(view, w.pledged())
                || !voted(view, w.voted())
                || (w.decided() != null && !decided(view, w.decided()))) {
            return;
        }
        List<AmendmentView> amendments = w.amendment() == null
                ? java.util.Collections.singletonList((AmendmentView) null)
                : matching(view, w.amendment());
        List<DealView> deals = w.offerFrom() == null
                ? java.util.Collections.singletonList((DealView) null)
                : offers(view, w.offerFrom());
        for (AmendmentView a : amendments) {
            for (DealView d : deals) {
                String key =
                        view.stage() + "#" + index + "#" + (a == null ? "" : a.id()) + "#" + (d == null ? "" : d.id());
                if (fired.add(key)) {
                    for (Script.Action action : rule.then()) {
                        Command c = command(view, action, a, d);
                        if (c != null) {
                            out.add(c);
                        }
                    }
                }
            }
        }
    }

    private static Command command(PlayerView view, Script.Action a, AmendmentView amendment, DealView deal) {
        if (a.say() != null) {
            return new Command.Say(a.say());
        }
        if (a.dm() != null) {
            return new Command.Whisper(a.dm().to(), a.dm().text());
        }
        if (a.propose() != null) {
            return new Command.Propose(
                    a.propose().clause(), a.propose().option(), a.propose().rationale());
        }
        if (a.vote() != null && amendment != null) {
            return new Command.CastVote(amendment.id(), Ballot.parse(a.vote()));
        }
        if (Boolean.TRUE.equals(a.cosponsor()) && amendment != null) {
            return new Command.Cosponsor(amendment.id());
        }
        if (a.pledge() != null) {
            List<TextCondition> conditions = new ArrayList<>();
            if (a.pledge().conditions() != null) {
                a.pledge()
                        .conditions()
                        .forEach((clause, options) -> conditions.add(new TextCondition(clause, options)));
            }
            return new Command.MakePledge(
                    Decision.parse(a.pledge().decision()),
                    conditions,
                    a.pledge().text());
        }
        if (a.decide() != null) {
            return new Command.Decide(Decision.parse(a.decide()), a.statement());
        }
        if (Boolean.TRUE.equals(a.accept()) && deal != null) {
            return new Command.AcceptDeal(deal.id());
        }
        if (Boolean.TRUE.equals(a.decline()) && deal != null) {
            return new Command.DeclineDeal(deal.id());
        }
        if (Boolean.TRUE.equals(a.ready())) {
            return new Command.Ready();
        }
        return null;
    }

    private static boolean phaseMatches(PlayerView view, String phase) {
        if (phase == null) {
            return true;
        }
        String p = phase.trim().toUpperCase(Locale.ROOT);
        return p.equals(view.stage().phase().name()) || p.equals(view.stage().toString());
    }

    private static boolean textMatches(PlayerView view, Map<String, List<String>> text) {
        if (text == null) {
            return true;
        }
        return text.entrySet().stream()
                .allMatch(e -> view.text().stream()
                        .anyMatch(c -> c.id().equals(e.getKey()) && e.getValue().contains(c.current())));
    }

    private static boolean pledged(PlayerView view, Script.Pledged p) {
        return p == null
                || view.pledges().stream()
                        .anyMatch(x -> x.seat().equals(p.seat())
                                && (p.decision() == null || x.decision() == Decision.parse(p.decision())));
    }

    private static boolean voted(PlayerView view, Script.Voted v) {
        return v == null
                || view.amendments().stream()
                        .anyMatch(a -> a.clause().equals(v.clause())
                                && a.votes().get(v.seat()) != null
                                && (v.ballot() == null || a.votes().get(v.seat()) == Ballot.parse(v.ballot())));
    }

    private static boolean decided(PlayerView view, String seat) {
        return view.delegations().stream().anyMatch(c -> c.id().equals(seat) && c.decided());
    }

    private static List<AmendmentView> matching(PlayerView view, Script.AmendmentMatch m) {
        String me = view.seat();
        return view.amendments().stream()
                .filter(a -> a.status().equals("open")
                        && a.clause().equals(m.clause())
                        && (m.option() == null || a.option().equals(m.option()))
                        && !a.proposer().equals(me)
                        && !a.cosponsors().contains(me)
                        && !a.votes().containsKey(me))
                .toList();
    }

    private static List<DealView> offers(PlayerView view, String from) {
        return view.deals().stream()
                .filter(d -> d.to().equals(view.seat())
                        && d.status().equals("offered")
                        && (from.equals("any") || d.from().equals(from)))
                .toList();
    }
}
