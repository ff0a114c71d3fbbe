package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.Meta;
import org.summitsim.client.report.journal.Journal;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Debrief;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Hindsight;

/** Builds the debrief of one finished match from its journal and scenario. */
public final class DebriefBuilder {

    private DebriefBuilder() {}

    public static DebriefReport build(PlayedMatch played) {
        Outcome outcome = played.finished();
        Scenario s = played.scenario();
        Map<String, AmendmentResult> amendments = AmendmentTimeline.amendments(played);
        Map<String, Activity> activity = ActivityCounter.count(played, outcome, amendments);
        List<DelegationResult> delegations = new ArrayList<>();
        for (Delegation d : s.playable()) {
            delegations.add(row(played, d, outcome, activity.get(d.id())));
        }
        Debrief debrief = s.debrief();
        return new DebriefReport(
                meta(played),
                ClauseChanges.build(s, outcome, amendments.values()),
                delegations,
                AmendmentTimeline.rounds(amendments),
                TalkCounter.count(played),
                BindingCoalition.build(played, outcome),
                HistoryComparer.build(s, outcome, delegations),
                CommitmentList.build(played, outcome),
                debrief == null ? List.of() : debrief.questions(),
                debrief == null ? null : debrief.epilogue(),
                SourceNotes.of(s));
    }

    private static DelegationResult row(PlayedMatch played, Delegation d, Outcome outcome, Activity activity) {
        FinalDecision f = outcome.decisions().get(d.id());
        Score score = outcome.scores().get(d.id());
        History h = d.history();
        var real = h == null ? null : h.decision();
        return new DelegationResult(
                d.id(),
                d.name(),
                d.bloc(),
                f.decision(),
                f.defaulted(),
                f.statement(),
                score.total(),
                score.percent(),
                score.best(),
                score.worst(),
                Hindsight.totals(played.match().state(), outcome, d.id()),
                Breakdown.ordered(score.breakdown()),
                real,
                h == null ? null : h.attended(),
                h == null ? null : h.note(),
                real == null ? null : real == f.decision(),
                activity,
                bots(played.journal()).get(d.id()),
                played.journal().players().getOrDefault(d.id(), List.of()));
    }

    private static Meta meta(PlayedMatch played) {
        Journal j = played.journal();
        List<LoggedEvent> events = j.events();
        long first = events.get(0).time();
        long start = j.started();
        long last = events.get(events.size() - 1).time();
        Boolean adopted = played.finished().adopted();
        return new Meta(
                j.room().room(),
                j.title(),
                played.scenario().id(),
                played.scenario().title(),
                j.opened().seed(),
                first == 0 ? null : start,
                first == 0 ? null : Math.round((last - start) / 60000.0),
                j.settings().adoption().describe(),
                j.settings().facilitatorReadsPrivate(),
                events.size(),
                bots(j),
                adopted == null ? null : played.scenario().finalAdoption().result(adopted),
                adopted,
                played.scenario().par() != null);
    }

    /** Seats bots played: a headless match's lineup, or the seats a server's bots took over. */
    private static Map<String, String> bots(Journal j) {
        Map<String, String> bots = new LinkedHashMap<>(j.strategies());
        bots.putAll(j.bots());
        return bots;
    }
}
