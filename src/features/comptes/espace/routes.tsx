import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Role } from '../../../platform/auth/roles.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireUser, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { listerAFaire } from '../../../platform/module/a-faire.ts';
import type { NavLink } from '../../../ui/navigation.ts';
import { chargerCompte } from '../compte/queries.ts';
import {
  EspaceAnct,
  EspaceCandidat,
  EspacePrefecture,
  EspaceSansRole,
  EspaceStructure,
} from '../pages/espace.tsx';
import { ficheStructure, resumeDepartement, resumeNational } from './queries.ts';

/** The role's pages that are really served by this build (no link to a page not built yet). */
function liensExistants(request: FastifyRequest, role: Role): NavLink[] {
  const links = [...request.server.deps.registry.navigation[role], { href: '/compte', label: 'Mon compte' }];
  return links.filter((l) => l.href !== '/espace' && request.server.hasRoute({ method: 'GET', url: l.href }));
}

export function espaceRoutes(app: FastifyInstance) {
  app.get('/espace', { preHandler: requireUser }, async (request, reply) => {
    const actor = userActor(request);
    const db = request.server.deps.db;
    const m = actor.active;
    const page = (body: VNode) =>
      sendPage(request, reply, { title: 'Mon espace', breadcrumbs: [{ label: 'Mon espace' }] }, body);
    if (!m) return page(<EspaceSansRole prenom={actor.prenom} />);
    const liens = liensExistants(request, m.role);
    const aFaire = await listerAFaire(request.server.deps.registry.aFaire, contexteUtilisateur(request));
    switch (m.role) {
      case 'anct':
        return page(
          <EspaceAnct
            prenom={actor.prenom}
            resume={await resumeNational(db)}
            liens={liens}
            aFaire={aFaire}
          />,
        );
      case 'prefecture': {
        const resume = m.departementCode ? await resumeDepartement(db, m.departementCode) : null;
        if (!resume) throw new Error(`adhésion préfecture sans département valide : ${m.id}`);
        return page(<EspacePrefecture prenom={actor.prenom} resume={resume} liens={liens} aFaire={aFaire} />);
      }
      case 'structure':
      case 'conseiller':
      case 'aidant': {
        const structure = m.structureId ? await ficheStructure(db, m.structureId) : null;
        if (!structure) throw new Error(`adhésion ${m.role} sans structure valide : ${m.id}`);
        return page(
          <EspaceStructure
            prenom={actor.prenom}
            role={m.role}
            referent={Boolean(m.referent)}
            structure={structure}
            liens={liens}
            aFaire={aFaire}
          />,
        );
      }
      case 'candidat': {
        const compte = await chargerCompte(db, actor.userId);
        if (!compte) throw new Error('compte introuvable pour une session valide');
        return page(
          <EspaceCandidat
            prenom={compte.prenom}
            nom={compte.nom}
            email={compte.email}
            creeLe={compte.creeLe}
            liens={liens}
            aFaire={aFaire}
          />,
        );
      }
    }
  });
}
