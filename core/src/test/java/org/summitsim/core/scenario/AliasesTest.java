package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;

/** Aliases are read, kept out of players' views, and refused when a player could not tell what they name. */
class AliasesTest {

    private static Scenario mini(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(ScenarioReader.shippedText("classroom-mini"));
        change.accept(root);
        return ScenarioReader.parse(Json.mapper().writeValueAsString(root), "classroom-mini, changed");
    }

    private static ArrayNode aliases(ObjectNode root, int clause, int option) {
        ObjectNode o =
                (ObjectNode) root.get("clauses").get(clause).get("options").get(option);
        return o.has("aliases") ? (ArrayNode) o.get("aliases") : o.putArray("aliases");
    }

    @Test
    void theShippedScenariosNameTheirWordingsAsPlayersDo() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        assertThat(hague.clause("human")
                        .orElseThrow()
                        .option("meaningful")
                        .orElseThrow()
                        .aliases())
                .contains("MHC");
        assertThat(hague.clause("instrument").orElseThrow().aliases()).contains("treaty clause");
        assertThat(hague.delegation("united-kingdom").orElseThrow().aliases()).contains("UK", "Britain");
    }

    @Test
    void aWordingTwoOptionsOfAClauseShareIsRefused() {
        assertThatThrownBy(() -> mini(root -> aliases(root, 0, 0).add("MHC")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("clauses[0].options[1].aliases[0]: the alias \"MHC\" is also the name of option");
    }

    @Test
    void anAliasThatIsAnotherDelegationsNameIsRefused() {
        assertThatThrownBy(
                        () -> mini(root -> ((ObjectNode) root.get("delegations").get(0))
                                .putArray("aliases")
                                .add("Germany")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("the alias \"Germany\" is also the name of delegation \"germany\"");
    }

    @Test
    void emptyAndRepeatedAliasesAreRefused() {
        assertThatThrownBy(() -> mini(root -> aliases(root, 0, 2).add(" ").add("--")))
                .hasMessageContaining("an alias must not be empty")
                .hasMessageContaining("has no letters or digits");
        assertThatThrownBy(
                        () -> mini(root -> aliases(root, 0, 2).add("the chain").add("Chain")))
                .hasMessageContaining("is listed twice");
    }

    @Test
    void aPlayersViewKeepsTheProtocolsShapeWithoutAliases() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        var view = org.summitsim.core.match.Match.open(hague, 1, org.summitsim.core.rules.Settings.of(hague))
                .view(org.summitsim.core.view.Viewer.seat("china"));
        assertThat(view.text())
                .allSatisfy(c -> assertThat(c.options())
                        .allSatisfy(o -> assertThat(o.aliases()).isEmpty()));
        assertThat(Json.write(view)).doesNotContain("aliases");
    }
}
