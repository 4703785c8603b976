package uk.gov.ddat.capability.bot.hiring;

/**
 * The shared suite ({@code -Dshared.dir}): the same end to end, with every Block Kit message and
 * Adaptive Card the bot sends checked against the shared schemas as well as the platforms' limits.
 */
class HiringEndToEndSharedTest extends HiringEndToEndTest {
}
