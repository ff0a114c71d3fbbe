package org.summitsim.core.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A private group of delegations talking among themselves. */
public final class Caucus {
    private final String id;
    private final String name;
    private final Set<String> members = new LinkedHashSet<>();

    Caucus(String id, String name, List<String> members) {
        this.id = id;
        this.name = name;
        this.members.addAll(members);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> members() {
        return List.copyOf(members);
    }

    public boolean has(String seat) {
        return members.contains(seat);
    }

    void add(String seat) {
        members.add(seat);
    }

    void remove(String seat) {
        members.remove(seat);
    }
}
