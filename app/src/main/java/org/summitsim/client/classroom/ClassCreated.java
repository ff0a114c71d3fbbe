package org.summitsim.client.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A class's rooms as created, with the rules they play by (every world has the same). */
public record ClassCreated(String scenario, String title, JsonNode rules, List<World> worlds) {}
