// "Where?" in the guides: Almaty city, the region, anywhere — and, in /invest, near the city or a district.
import { InlineKeyboard } from 'grammy';
import { choice, type GuideContext } from '../../questions.ts';

export const PLACES = ['city', 'near', 'region', 'any'] as const;
export type Place = (typeof PLACES)[number];

/** The question's code in its buttons' data. */
export const WHERE = 'w';
/** The answer that asks for a district next. */
export const PICK_DISTRICT = 'pick';

export function placeKeyboard(c: GuideContext, withDistrict: boolean): InlineKeyboard {
  const kb = new InlineKeyboard()
    .text(c.t('invest-where-city'), choice(WHERE, 'city'))
    .text(c.t('invest-where-region'), choice(WHERE, 'region'))
    .row();
  if (withDistrict)
    kb.text(c.t('invest-where-near'), choice(WHERE, 'near'))
      .text(c.t('invest-where-district'), choice(WHERE, PICK_DISTRICT))
      .row();
  return kb.text(c.t('invest-where-any'), choice(WHERE, 'any')).row();
}

export function placeOf(value: string): Place | undefined {
  return PLACES.find((p) => p === value);
}
