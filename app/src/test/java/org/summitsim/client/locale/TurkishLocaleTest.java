package org.summitsim.client.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.classroom.ClassServer;
import org.summitsim.client.cli.Main;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.server.SummitServer;
import picocli.CommandLine;

/**
 * Words on the wire and typed commands must not depend on the machine's language: in Turkish,
 * "i".toUpperCase() is "İ" and "I".toLowerCase() is "ı". The build runs this class in its own
 * JVM started in Turkish (the {@code turkish-locale} surefire execution); run alone, it sets the
 * default locale itself and puts it back afterwards.
 */
@IntegrationTest
class TurkishLocaleTest {

    private static final Locale TURKISH = new Locale("tr", "TR");
    private static Locale before;

    @BeforeAll
    static void speakTurkish() {
        before = Locale.getDefault();
        Locale.setDefault(TURKISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    private static final Pattern TOKEN = Pattern.compile("Facilitator token: +(\\S+)");

    @TempDir
    Path data;

    @Test
    void runsUnderTheTurkishLocale() {
        assertThat("facilitator".toUpperCase(Locale.getDefault()))
                .as("the trap this class guards against")
                .isNotEqualTo("FACILITATOR");
    }

    @Test
    void typedDecisionsAndStagesParse() {
        assertThat(Decision.parse("sign")).isEqualTo(Decision.SIGN);
        assertThat(Decision.parse("push-binding")).isEqualTo(Decision.PUSH_BINDING);
        assertThat(Stage.parse("final").phase()).isEqualTo(Phase.FINAL);
        assertThat(Stage.parse("briefing").phase()).isEqualTo(Phase.BRIEFING);
    }

    @Test
    void theTeacherIsRecognisedAsFacilitator() throws IOException {
        try (SummitServer server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(1)
                        .ioThreads(1)
                        .build())
                .start()) {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.newCommandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            int code = cli.execute(
                    "class", "create", "--server", "127.0.0.1:" + server.port(), "--scenario", "classroom-mini");
            assertThat(code).as(out.toString()).isZero();
            Matcher token = TOKEN.matcher(out.toString());
            assertThat(token.find()).as(out.toString()).isTrue();
            ClassServer teacher = ClassServer.connect("127.0.0.1", server.port(), "Teacher");
            try {
                // Throws "That is a seat token" when the role on the wire is not exactly "facilitator".
                assertThat(teacher.enterAsFacilitator(token.group(1))
                                .path("role")
                                .asText())
                        .isEqualTo("facilitator");
            } finally {
                teacher.close();
            }
        }
    }
}
