/**
 * Casting: what the art team knows about today's counterparts from their stories' character notes
 * (age, hair, skin tone, what they would wear), so that Wang Haitao, 51, looks like a man of
 * fifty-one in Shanghai and Takeshi Hoshino, 66, wears the President's suit and tie. Only broad
 * traits are fixed here; everything else (face shape, colours, glasses…) still comes from the id's
 * hash. A counterpart not listed gets a complete, stable look from the hash alone — a new story
 * plays without touching this file, and an artist can cast its people later.
 */
import { appearanceFor, type Appearance, type Casting } from './look.ts';

export const CASTING: Readonly<Record<string, Casting>> = {
  // french-yes: Claire Vautrin, 47, technical and purchasing director; Étienne Marchal, 58, the owner.
  claire: {
    age: 'middle',
    longHair: true,
    tone: 'fair',
    hairColour: 'dark',
    hairStyle: 'ponytail',
    outfit: 'blazer-top',
  },
  etienne: { age: 'senior', longHair: false, tone: 'fair', outfit: 'sweater', facialHair: 'moustache' },
  // handover: Marta Albuquerque, 54, runs her father's distributor in Guarulhos; her daughter
  // Beatriz, 31, back from four years at a freight forwarder in Rotterdam, runs the warehouse.
  marta: { age: 'middle', longHair: true, tone: 'tan', hairStyle: 'curly' },
  beatriz: {
    age: 'young',
    longHair: true,
    tone: 'tan',
    hairColour: 'dark',
    hairStyle: 'ponytail',
    outfit: 'sweater',
  },
  // lost-face: Wang Haitao, 51, director of controller engineering, Shanghai; Zhou Min, 44, his
  // test lead, eight years at a supplier in Germany.
  wang: {
    age: 'middle',
    longHair: false,
    tone: 'light',
    hairColour: 'grey',
    hairStyle: 'side-part',
    outfit: 'suit-open',
  },
  zhou: {
    age: 'middle',
    longHair: true,
    tone: 'light',
    hairStyle: 'bob',
    outfit: 'turtleneck',
    glasses: 'rect',
  },
  // of-course: Lakshmi Venkatesan, 43, delivery lead in Pune; Rohit Deshpande, 27, engineer.
  lakshmi: { age: 'middle', longHair: true, tone: 'brown', hairStyle: 'long', outfit: 'blazer-top' },
  rohit: {
    age: 'young',
    longHair: false,
    tone: 'brown',
    hairStyle: 'crop',
    outfit: 'sweater',
    facialHair: 'stubble',
  },
  // south-of-london: Graham Ashworth, 61, built his precision firm from a garage in Woking; Kerry
  // Marsh, 34, his operations manager, back from years in automotive supply, on the shop floor.
  graham: { age: 'senior', longHair: false, tone: 'fair', hairStyle: 'receding', outfit: 'suit-tie' },
  kerry: {
    age: 'young',
    longHair: true,
    tone: 'fair',
    hairColour: 'light',
    hairStyle: 'ponytail',
    outfit: 'sweater',
  },
  // the-president: Ryo Nakamura, 54; Emi Ishida, 41; Takeshi Hoshino, 66, the President.
  nakamura: {
    age: 'middle',
    longHair: false,
    tone: 'light',
    hairStyle: 'side-part',
    outfit: 'suit-tie',
    glasses: 'rect',
  },
  ishida: {
    age: 'middle',
    longHair: true,
    tone: 'light',
    hairStyle: 'bob',
    outfit: 'turtleneck',
    glasses: 'none',
  },
  hoshino: {
    age: 'senior',
    longHair: false,
    tone: 'light',
    hairStyle: 'swept',
    outfit: 'suit-tie',
    glasses: 'none',
  },
  // time-zones: Ruth Feldman, 52, VP global supply chain in Chicago; Dewi Kusuma, 41, operations, Jakarta.
  ruth: {
    age: 'middle',
    longHair: true,
    tone: 'fair',
    hairColour: 'light',
    hairStyle: 'bob',
    outfit: 'suit-open',
  },
  dewi: { age: 'middle', longHair: true, tone: 'tan', hairStyle: 'bun', outfit: 'blazer-top' },
};

/** The look the stage draws for a character id: cast traits, the rest from the id's hash. */
export function lookOf(id: string): Appearance {
  return appearanceFor(id, Object.hasOwn(CASTING, id) ? CASTING[id] : {});
}
