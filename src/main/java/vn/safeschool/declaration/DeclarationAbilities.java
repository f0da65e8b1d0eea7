package vn.safeschool.declaration;

/**
 * What the current user may do with a school's declaration in a campaign, by the rules {@link DeclarationService}
 * enforces — the guards its methods carry, and the campaign's closing and locked deadline — for its page to show.
 *
 * @param declares  may write the school's declaration at all: as the school itself ({@code submit}, its principal)
 *                  or on its behalf; false: the page is read only
 * @param onBehalf  writes it on the school's behalf, with a reason ({@code submitOnBehalf}: its district office,
 *                  the department's staff)
 * @param submit    may submit now: declares, and the campaign is neither closed nor past its locked deadline
 *                  without a reopening
 * @param reconfirm may confirm the current answers unchanged ({@code reconfirm}): the school itself, it has
 *                  declared, and it may submit now
 * @param reopen    may let the school in again after a locked deadline ({@code reopen}): on behalf, in a campaign
 *                  not closed
 */
public record DeclarationAbilities(boolean declares, boolean onBehalf, boolean submit, boolean reconfirm,
        boolean reopen) {
}
