package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON slips a play-test's scenario author made by hand, each said where and in words, never
 * in the parser's ("Unexpected close marker ']': expected '}' (for Object starting at [Source:
 * REDACTED ...").
 */
class SyntaxProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "x", "tags": ["a",]}                 | line 1, column 25 | there is an extra comma before the closing ']'; remove the comma
            {"id": "x",\\n "clauses": [\\n  {"id": "a"\\n ]\\n} | line 4, column 2 | a closing '}' is missing: the object that starts at line 3, column 3 is not closed before this ']'
            {"id": "x\\n}                               | line 1, column 10 | a text runs on past the end of its line: a closing double quote (") is probably missing
            {"a": {"b": 1}},\\n "c": 2\\n}              | line 1, column 16 | unexpected ','; is there an extra comma, or an extra '}' or ']' before it that closed an object or list too early?
            """)
    void aSlipIsSaidWhereAndInWords(String json, String where, String message) {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> ScenarioReader.parse(json.replace("\\n", "\n"), "mine.json"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(where);
            assertThat(p.message()).isEqualTo("the JSON is malformed: " + message);
        });
    }
}
