import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  InvestigationPerson,
  Lead,
  LeadInput,
  Location,
  LocationInput,
  NonPunishmentReviewInput,
  Offence,
  OffenceInput,
  Organisation,
  OrganisationInput,
  PersonCreateInput,
  PersonParams,
  PersonUpdateInput,
  TimelineEvent,
  TimelineEventInput,
  VictimLink,
  VictimLinkInput,
  VictimLinkParams,
} from '#shared/contracts/investigations.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { findById } from './find-by-id.js';
import {
  listLeads,
  listLocations,
  listOffences,
  listOrganisations,
  listTimelineEvents,
  listVictimLinks,
} from './investigation-content.repo.js';
import {
  addLocation,
  addOffence,
  addOrganisation,
  addTimelineEvent,
  linkLead,
  linkVictim,
  unlinkVictim,
} from './investigation-content.service.js';
import {
  addPerson,
  changePerson,
  decideNonPunishment,
  readPerson,
} from './investigation-persons.service.js';
import {
  toInvestigationPerson,
  toLead,
  toLocation,
  toOffence,
  toOrganisation,
  toTimelineEvent,
  toVictimLink,
} from './investigations.present.js';
import { errors, investigationRouteContext } from './investigations.routes.js';

/** What a team adds to a file; each answer is the record added, never the whole file. */
export const investigationContentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = investigationRouteContext(deps);
    const openText = (sealed: Buffer) => deps.sealer.openText(sealed);

    app.post('/investigations/:id/offences', {
      config: { action: 'investigation.offence.add' },
      schema: { params: IdParams, body: OffenceInput, response: { 201: Offence, ...errors } },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.offence.add');
        const { id } = await addOffence(file.ctx, file.actor, file.scope, request.body);
        const row = findById(await listOffences(deps.db, file.scope.id), id);
        return reply.status(201).send(toOffence(row));
      },
    });

    app.post('/investigations/:id/persons', {
      config: { action: 'investigation.person.add' },
      schema: {
        params: IdParams,
        body: PersonCreateInput,
        response: { 201: InvestigationPerson, ...errors },
      },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.person.add');
        const { id } = await addPerson(file.ctx, file.actor, file.scope, request.body);
        const row = await readPerson(file.ctx, file.scope.id, id);
        return reply.status(201).send(toInvestigationPerson(row, openText));
      },
    });

    app.patch('/investigations/:id/persons/:personId', {
      config: { action: 'investigation.person.update' },
      schema: {
        params: PersonParams,
        body: PersonUpdateInput,
        response: { 200: InvestigationPerson, ...errors },
      },
      handler: async (request) => {
        const file = await open(request, request.params.id, 'investigation.person.update');
        const { personId } = request.params;
        await changePerson(file.ctx, file.actor, file.scope, personId, request.body);
        return toInvestigationPerson(await readPerson(file.ctx, file.scope.id, personId), openText);
      },
    });

    app.post('/investigations/:id/persons/:personId/non-punishment-review', {
      config: { action: 'investigation.person.review' },
      schema: {
        params: PersonParams,
        body: NonPunishmentReviewInput,
        response: { 200: InvestigationPerson, ...errors },
      },
      handler: async (request) => {
        const file = await open(request, request.params.id, 'investigation.person.review');
        const { personId } = request.params;
        await decideNonPunishment(file.ctx, file.actor, file.scope, personId, request.body);
        return toInvestigationPerson(await readPerson(file.ctx, file.scope.id, personId), openText);
      },
    });

    app.post('/investigations/:id/organisations', {
      config: { action: 'investigation.organisation.add' },
      schema: {
        params: IdParams,
        body: OrganisationInput,
        response: { 201: Organisation, ...errors },
      },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.organisation.add');
        const { id } = await addOrganisation(file.ctx, file.actor, file.scope, request.body);
        const row = findById(await listOrganisations(deps.db, file.scope.id), id);
        return reply.status(201).send(toOrganisation(row, openText));
      },
    });

    app.post('/investigations/:id/events', {
      config: { action: 'investigation.event.add' },
      schema: {
        params: IdParams,
        body: TimelineEventInput,
        response: { 201: TimelineEvent, ...errors },
      },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.event.add');
        const { id } = await addTimelineEvent(file.ctx, file.actor, file.scope, request.body);
        const row = findById(await listTimelineEvents(deps.db, file.scope.id), id);
        return reply.status(201).send(toTimelineEvent(row, openText));
      },
    });

    app.post('/investigations/:id/locations', {
      config: { action: 'investigation.location.add' },
      schema: { params: IdParams, body: LocationInput, response: { 201: Location, ...errors } },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.location.add');
        const { id } = await addLocation(file.ctx, file.actor, file.scope, request.body);
        const row = findById(await listLocations(deps.db, file.scope.id), id);
        return reply.status(201).send(toLocation(row, openText));
      },
    });

    app.post('/investigations/:id/leads', {
      config: { action: 'investigation.lead.add' },
      schema: { params: IdParams, body: LeadInput, response: { 201: Lead, ...errors } },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.lead.add');
        const { id } = await linkLead(file.ctx, file.actor, file.scope, request.body.tipId);
        return reply
          .status(201)
          .send(toLead(findById(await listLeads(deps.db, file.scope.id), id)));
      },
    });

    app.post('/investigations/:id/victim-links', {
      config: { action: 'investigation.victim_link.add' },
      schema: {
        params: IdParams,
        body: VictimLinkInput,
        response: { 201: VictimLink, ...errors },
      },
      handler: async (request, reply) => {
        const file = await open(request, request.params.id, 'investigation.victim_link.add');
        const { id } = await linkVictim(file.ctx, file.actor, file.scope, request.body);
        const row = findById(await listVictimLinks(deps.db, file.scope.id), id);
        return reply.status(201).send(toVictimLink(row));
      },
    });

    app.delete('/investigations/:id/victim-links/:linkId', {
      config: { action: 'investigation.victim_link.revoke' },
      schema: { params: VictimLinkParams, response: { 200: VictimLink, ...errors } },
      handler: async (request) => {
        const file = await open(request, request.params.id, 'investigation.victim_link.revoke');
        const { linkId } = request.params;
        await unlinkVictim(file.ctx, file.actor, file.scope, linkId);
        return toVictimLink(findById(await listVictimLinks(deps.db, file.scope.id), linkId));
      },
    });
  };
