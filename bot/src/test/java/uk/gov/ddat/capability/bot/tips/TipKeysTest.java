package uk.gov.ddat.capability.bot.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Key;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Tip;

/** Tips are told apart by typed keys, whose ids keep the text every stored rotation was ordered by. */
class TipKeysTest {

    private static final ConversationEngine ENGINE = Engines.bundled();
    private static final String ROLE = "Infrastructure operations engineer";

    @Test
    void idsKeepTheirStoredForm() {
        assertThat(new Key(Key.Kind.SKILL, ROLE, "Incident management").id())
                .isEqualTo("skill:Infrastructure operations engineer:Incident management");
        assertThat(new Key(Key.Kind.PROGRESSION, ROLE, "Senior").id())
                .isEqualTo("progression:Infrastructure operations engineer:Senior");
        assertThat(new Key(Key.Kind.SHARED, "", "Incident management").id()).isEqualTo("shared:Incident management");
    }

    @Test
    void aRolesTipsAreItsOwnAndEachIsDistinct() {
        List<Tip> tips = ENGINE.tips().tipsFor(ENGINE.model(), ROLE.toUpperCase(java.util.Locale.ROOT));
        assertThat(tips).isNotEmpty();
        assertThat(tips).allSatisfy(t -> assertThat(t.key().role()).isEqualToIgnoringCase(ROLE));
        assertThat(tips).extracting(Tip::id).doesNotHaveDuplicates();
        assertThat(tips).extracting(t -> t.key().kind()).contains(Key.Kind.SKILL, Key.Kind.PROGRESSION);
    }
}
