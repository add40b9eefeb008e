import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { CategoryKind as CK, CaseUrgency } from '../../src/modules/cases/case.kinds.js';

/**
 * The service categories of the sample district (operations.md §1.1, §4.4): a two-level tree of what
 * residents ask about, each leaf with its kind, an Open311 service code, its time limits per urgency, how
 * often it comes up, how urgent it tends to be, and who usually handles it. Fixed, not drawn: the same
 * categories at every scale and seed.
 */

/** Who a case of the category is usually dispatched to, after the subdistrict and the community. */
export type HandlerPreference = 'AGENCY' | 'FIRM' | 'COMMUNITY' | 'SUBDISTRICT';

export interface CategorySpec {
  code: string;
  name: string;
  kind: CK;
  open311Code: string;
  /** Relative frequency among cases. */
  weight: number;
  /** Share of EMERGENCY and URGENT cases; the rest are NORMAL. */
  emergency: number;
  urgent: number;
  /** NORMAL limits in hours: to respond (contact the resident), to reply. Complex matters get 15 days. */
  responseHours: number;
  closeHours: number;
  handlers: readonly HandlerPreference[];
  /** Months (1–12) when it is three times as frequent (heating in winter, noise in summer). */
  season?: readonly number[];
  /** Chance that a case of it is whistled, relative to the district's base rate. */
  whistle: number;
  descriptions: readonly string[];
}

const A = 'AGENCY' as const;
const F = 'FIRM' as const;
const C = 'COMMUNITY' as const;
const S = 'SUBDISTRICT' as const;
const WINTER = [1, 2, 3, 11, 12];
const SUMMER = [6, 7, 8];

interface Group {
  code: string;
  name: string;
  open311: string;
  leaves: Omit<CategorySpec, 'open311Code'>[];
}

const leaf = (code: string, name: string, kind: CK, weight: number, urgency: [number, number], limits: [number, number], handlers: readonly HandlerPreference[], whistle: number, descriptions: string[], season?: number[]): Omit<CategorySpec, 'open311Code'> => ({
  code,
  name,
  kind,
  weight,
  emergency: urgency[0],
  urgent: urgency[1],
  responseHours: limits[0],
  closeHours: limits[1],
  handlers,
  whistle,
  descriptions,
  ...(season ? { season } : {}),
});

const GROUPS: readonly Group[] = [
  { code: 'PARKING', name: 'Parking and traffic', open311: '101', leaves: [
    leaf('PARKING-ILLEGAL', 'Illegal parking', CK.COMPLAINT, 8, [0.01, 0.1], [24, 168], [A, S], 1.5, ['A car has blocked the fire lane for days.', 'Vehicles park on the pavement at the estate gate.', 'A van blocks the entrance of building 3.']),
    leaf('PARKING-SPACES', 'Parking spaces in residential estates', CK.REQUEST_FOR_HELP, 4, [0, 0.05], [48, 360], [S, C], 2.5, ['Residents ask for more parking spaces in the old estate.', 'Parking spaces are allocated unfairly.']),
    leaf('PARKING-CHARGING', 'Charging points for electric vehicles', CK.SUGGESTION, 2, [0, 0.05], [48, 360], [F, C], 1, ['Residents ask for charging points in the car park.', 'E-bikes are charged in the stairwell.']),
  ] },
  { code: 'PROPERTY', name: 'Property management', open311: '102', leaves: [
    leaf('PROPERTY-SERVICE', 'Property management service', CK.COMPLAINT, 8, [0.01, 0.1], [24, 168], [F, C], 0.8, ['The property company does not answer repair requests.', 'Corridor lights have been broken for weeks.', 'Security guards left the gate unattended.']),
    leaf('PROPERTY-FEES', 'Property fees and public revenue', CK.COMPLAINT, 3, [0, 0.05], [48, 360], [F, C], 0.8, ['Residents dispute the property fee increase.', 'Income from advertising in the lifts is not disclosed.']),
    leaf('PROPERTY-REPAIR', 'Repair of shared parts', CK.REQUEST_FOR_HELP, 5, [0.03, 0.2], [24, 168], [F, C], 0.6, ['The roof of building 5 leaks.', 'The unit door lock is broken.', 'Cracks in the stairwell wall.']),
  ] },
  { code: 'HEATING', name: 'Heating', open311: '103', leaves: [
    leaf('HEATING-TEMPERATURE', 'Indoor temperature below standard', CK.COMPLAINT, 7, [0.05, 0.35], [12, 72], [F, S], 0.8, ['Room temperature is below 18 °C.', 'Radiators on the top floor are cold.'], WINTER),
    leaf('HEATING-LEAK', 'Heating pipe leak', CK.REQUEST_FOR_HELP, 1.5, [0.35, 0.4], [12, 72], [F], 1, ['Hot water leaks from a heating pipe in the basement.', 'A radiator valve burst.'], WINTER),
  ] },
  { code: 'NOISE', name: 'Noise', open311: '104', leaves: [
    leaf('NOISE-CONSTRUCTION', 'Construction noise at night', CK.COMPLAINT, 4, [0.02, 0.3], [12, 72], [A], 1, ['Construction continues after 22:00.', 'Trucks unload at the building site at night.'], SUMMER),
    leaf('NOISE-NEIGHBOURS', 'Noise from neighbours', CK.COMPLAINT, 3, [0, 0.1], [24, 168], [C], 0.3, ['Loud renovation work on weekends.', 'Square dancing music late in the evening.'], SUMMER),
    leaf('NOISE-COMMERCIAL', 'Noise from shops and restaurants', CK.COMPLAINT, 2, [0, 0.15], [24, 168], [A], 0.8, ['A restaurant exhaust fan runs all night.', 'A shop plays loudspeakers at the door.']),
  ] },
  { code: 'ELEVATOR', name: 'Elevators', open311: '105', leaves: [
    leaf('ELEVATOR-FAULT', 'Elevator out of order', CK.REQUEST_FOR_HELP, 3, [0.15, 0.45], [12, 72], [F], 1.5, ['The lift in building 2 has stopped.', 'A resident was trapped in the lift briefly.']),
    leaf('ELEVATOR-RETROFIT', 'Installing elevators in old buildings', CK.REQUEST_FOR_HELP, 2, [0, 0.02], [48, 360], [S, C], 4, ['Residents ask to add a lift to their six-storey building.', 'Ground-floor residents object to the planned lift.']),
  ] },
  { code: 'RENEWAL', name: 'Old-estate renewal', open311: '106', leaves: [
    leaf('RENEWAL-PROGRESS', 'Progress of old-estate renewal', CK.REQUEST_FOR_HELP, 2, [0, 0.03], [48, 360], [S], 3, ['When will the façade insulation work start?', 'Scaffolding has stood for months without work.']),
    leaf('RENEWAL-QUALITY', 'Quality of renewal works', CK.COMPLAINT, 1.5, [0.01, 0.1], [48, 360], [S, F], 3, ['New windows leak after the renewal.', 'Pipes laid during renewal are already blocked.']),
  ] },
  { code: 'UTILITIES', name: 'Water, power and gas', open311: '107', leaves: [
    leaf('WATER-OUTAGE', 'Water supply outage', CK.REQUEST_FOR_HELP, 3, [0.3, 0.45], [6, 48], [F, A], 1, ['No water in building 7 since the morning.', 'Water pressure is too low on upper floors.']),
    leaf('WATER-LEAK', 'Burst water pipe', CK.REQUEST_FOR_HELP, 2, [0.5, 0.35], [6, 48], [F], 2, ['A water main burst in the lane.', 'Water floods the basement.']),
    leaf('POWER-OUTAGE', 'Power outage', CK.REQUEST_FOR_HELP, 2, [0.3, 0.45], [6, 48], [F], 0.8, ['Power is out in the whole building.', 'Stairwell lights have no power.']),
    leaf('GAS-SAFETY', 'Gas leak or gas safety', CK.REPORT, 1, [0.6, 0.3], [6, 48], [F, A], 2, ['A smell of gas in the stairwell.', 'An illegal gas cylinder in a shop.']),
  ] },
  { code: 'SANITATION', name: 'Sanitation and environment', open311: '108', leaves: [
    leaf('SANITATION-SORTING', 'Waste sorting and collection', CK.COMPLAINT, 4, [0, 0.1], [24, 168], [C, F], 0.4, ['Bins are not emptied for days.', 'Waste sorting points smell in the heat.'], SUMMER),
    leaf('SANITATION-LITTER', 'Litter and bulky waste', CK.COMPLAINT, 3, [0, 0.1], [24, 168], [A, C], 0.4, ['Construction waste is dumped by the wall.', 'Old furniture blocks the corridor.']),
    leaf('SANITATION-SEWER', 'Blocked sewer', CK.REQUEST_FOR_HELP, 2, [0.2, 0.4], [12, 72], [F], 0.8, ['Sewage overflows in the courtyard.', 'The drain at the gate is blocked.']),
  ] },
  { code: 'ENFORCEMENT', name: 'Urban management and enforcement', open311: '109', leaves: [
    leaf('ENFORCEMENT-CONSTRUCTION', 'Illegal construction', CK.REPORT, 2, [0, 0.1], [48, 360], [A, S], 5, ['A rooftop extension is being built.', 'A shop enlarged itself onto the green.']),
    leaf('ENFORCEMENT-ENCROACHMENT', 'Occupation of public space', CK.REPORT, 2, [0, 0.1], [24, 168], [A], 1.5, ['Shops display goods on the pavement.', 'A private fence encloses part of the green.']),
    leaf('ENFORCEMENT-VENDORS', 'Unlicensed street vendors', CK.COMPLAINT, 1.5, [0, 0.1], [24, 168], [A], 0.8, ['Vendors block the lane in the evening.']),
  ] },
  { code: 'SERVICES', name: 'Community services', open311: '110', leaves: [
    leaf('SERVICES-ELDERLY', 'Help for elderly residents', CK.REQUEST_FOR_HELP, 2, [0.05, 0.2], [24, 168], [C], 0.3, ['An elderly resident living alone needs meal delivery.', 'A resident asks for help applying for home care.']),
    leaf('SERVICES-CERTIFICATES', 'Certificates and procedures', CK.CONSULTATION, 4, [0, 0], [24, 168], [C], 0, ['How to get a residence certificate?', 'Where to apply for the elderly card?']),
    leaf('SERVICES-POLICY', 'Policy questions', CK.CONSULTATION, 6, [0, 0], [24, 168], [C, S], 0, ['What subsidies are there for elevator retrofits?', 'Which documents does the heating subsidy need?', 'How are parking fees set in the estate?']),
    leaf('SERVICES-SUGGESTION', 'Suggestions for the community', CK.SUGGESTION, 1, [0, 0], [48, 360], [C], 0, ['Residents suggest benches along the path.', 'A suggestion to open the activity room on weekends.']),
    leaf('SERVICES-TREES', 'Trees and green spaces', CK.REQUEST_FOR_HELP, 2, [0.02, 0.1], [24, 168], [F, C], 0.3, ['A tree branch hangs over the power line.', 'Overgrown trees block the windows.']),
  ] },
];

/** Every leaf category, with its Open311 service code (group number and leaf number). */
export const CATEGORY_SPECS: readonly CategorySpec[] = GROUPS.flatMap((group) => group.leaves.map((spec, index) => ({ ...spec, open311Code: `${group.open311}-${String(index + 1).padStart(2, '0')}` })));

/** The categories as import records: each group, then its leaves; time limits for every urgency. */
export function categoryRecords(): NonNullable<DatasetInput['serviceCategories']> {
  const records: NonNullable<DatasetInput['serviceCategories']> = [];
  let index = 0;
  for (const group of GROUPS) {
    records.push({ code: group.code, name: group.name, kind: group.leaves[0]!.kind, open311Code: group.open311 });
    for (const _leaf of group.leaves) {
      const spec = CATEGORY_SPECS[index]!;
      index += 1;
      records.push({
        code: spec.code,
        name: spec.name,
        kind: spec.kind,
        parentCode: group.code,
        open311Code: spec.open311Code,
        timeLimits: [
          { urgency: CaseUrgency.EMERGENCY, responseHours: 2, closeHours: 24 },
          { urgency: CaseUrgency.URGENT, responseHours: Math.min(12, spec.responseHours), closeHours: 72 },
          { urgency: CaseUrgency.NORMAL, responseHours: spec.responseHours, closeHours: spec.closeHours },
        ],
      });
    }
  }
  return records;
}
