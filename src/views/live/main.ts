/**
 * Entry of live.html: the facilitator's console (`?facilitate`, `?facilitate=CODE`,
 * `?facilitate&story=ID`) or the participant's page (`?join=CODE`, or nothing).
 */
import '../shared/styles.css';
import './live.css';
import { mountFacilitator } from './facilitator.ts';
import { mountParticipant } from './participant.ts';

const root = document.getElementById('live')!;
const params = new URLSearchParams(location.search);
if (params.has('facilitate')) mountFacilitator(root, params);
else mountParticipant(root, params);
