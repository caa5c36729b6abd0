// Generated from the API’s OpenAPI document by `npm run portail:client`: do not edit.
// test: apps/api/src/openapi/portail-schema.spec.ts fails when this file is out of date.

export interface paths {
    "/a-traiter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L'accueil du CRE : offres à valider, propositions à trier, mises en relation en attente (avec la dernière relance), suivis, immersions, messages en échec */
        get: operations["ATraiterController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connexion par e-mail et mot de passe ; renvoie un jeton d’accès (JWT) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le compte connecté */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mot-de-passe/nouveau": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choisir un nouveau mot de passe avec le jeton du lien reçu */
        post: operations["PasswordResetController_nouveau"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mot-de-passe/oubli": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mot de passe oublié : envoie un lien par e-mail si un compte existe à cette adresse */
        post: operations["PasswordResetController_oubli"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La session du navigateur (compte connecté et jeton CSRF) */
        get: operations["SessionController_current"];
        put?: never;
        /** Connexion du portail : ouvre une session par cookie (httpOnly) */
        post: operations["SessionController_open"];
        /** Déconnexion : efface les cookies de session */
        delete: operations["SessionController_close"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les entreprises de la structure (personnel) ou les siennes (employeur) */
        get: operations["EntreprisesController_list"];
        put?: never;
        /** Enregistrer une entreprise (un SIRET par structure) */
        post: operations["EntreprisesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une entreprise, ses contacts et ses comptes employeurs */
        get: operations["EntreprisesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une entreprise ; `contacts`, si donné, remplace la liste des contacts */
        patch: operations["EntreprisesController_update"];
        trace?: never;
    };
    "/entreprises/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inviter un employeur pour cette entreprise : à l'acceptation, son compte y est rattaché (validé) */
        post: operations["EntrepriseInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/{id}/membres/{userId}/refuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuser (ou retirer) le rattachement d'un compte employeur */
        post: operations["RattachementsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/{id}/membres/{userId}/valider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Valider le rattachement d'un compte employeur à l'entreprise */
        post: operations["RattachementsController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/{id}/mises-en-relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique par entreprise */
        get: operations["MisesEnRelationController_pourEntreprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les notes du personnel sur l'entreprise, les plus récentes d'abord */
        get: operations["EntrepriseNotesController_list"];
        put?: never;
        /** Ajouter une note (son auteur et sa date sont enregistrés) */
        post: operations["EntrepriseNotesController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entreprises/rattachements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les rattachements de comptes employeurs (filtre : statut) */
        get: operations["RattachementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vivacité : le processus répond */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prêt : PostgreSQL, Redis, au moins un worker connecté par file et les tâches planifiées en place (503 sinon) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les invitations de la structure, avec leur état d’envoi */
        get: operations["InvitationsController_list"];
        put?: never;
        /** Inviter une personne (un employeur, par un CRE) : un lien à usage unique part par e-mail */
        post: operations["InvitationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{id}/renvoyer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renvoyer une invitation : nouveau lien (l’ancien ne fonctionne plus) */
        post: operations["InvitationsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/accepter/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choisir son mot de passe depuis le lien reçu : crée le compte, une seule fois */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les jeunes de la structure (filtres, tri, pagination), sans coordonnées */
        get: operations["JeunesController_list"];
        put?: never;
        /** Inscrire un jeune (16 à 25 ans) ; un conseiller en devient le référent */
        post: operations["JeunesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le profil : complet (conseiller, admin) ou de présélection (CRE) ; lecture tracée */
        get: operations["JeunesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["JeunesController_update"];
        trace?: never;
    };
    "/jeunes/{id}/anonymiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Droit à l'effacement : identité et coordonnées effacées, statistiques gardées */
        post: operations["JeunesController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Qui a lu ou modifié quoi, et quand (noms de champs, jamais les valeurs) */
        get: operations["JeunesController_auditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}/consentements/{canal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Consentement recueilli ou retiré par le conseiller (historisé) */
        put: operations["JeunesController_consent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Droit d'accès : tout ce que la Mission Locale détient sur le jeune (JSON) */
        get: operations["JeunesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}/historique": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des statuts et des consentements */
        get: operations["JeunesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{id}/statut": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changer le statut (actif, en_emploi, en_formation, sorti), tracé */
        post: operations["JeunesController_statut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/{jeuneId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des messages envoyés à un jeune */
        get: operations["MessagesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/compteurs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compteurs pour les tableaux de bord, avec les mêmes filtres que la liste */
        get: operations["JeunesController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Importer l’export CSV du SI de la Mission Locale (upsert par identifiant externe)
         * @description Colonnes : voir libs/jeunes/README.md. Séparateur ; ou , — UTF-8 ou Windows-1252. Import en tâche de fond : suivre la progression et le rapport sur /jeunes/import/{id}.
         */
        post: operations["JeunesImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeunes/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L'état d'un import (en_attente, en_cours, termine, echec) et son rapport */
        get: operations["JeunesImportController_statut"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/accords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les accords de voisinage de ma structure (proposés, reçus, en cours) */
        get: operations["AccordsController_lister"];
        put?: never;
        /** Proposer à une structure d'ouvrir nos jeunes aux offres de l'autre (à accepter) */
        post: operations["AccordsController_proposer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/accords/{id}/accepter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accepter un accord proposé à ma structure */
        post: operations["AccordsController_accepter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/accords/{id}/refuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuser un accord proposé à ma structure */
        post: operations["AccordsController_refuser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/accords/{id}/revoquer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Révoquer un accord (effet immédiat sur les propositions) */
        post: operations["AccordsController_revoquer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/reglages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les poids du score et les structures voisines de ma structure */
        get: operations["PropositionsController_lire"];
        /** Modifier les poids (au-dessus de la configuration) et ouvrir les offres aux jeunes de structures voisines */
        put: operations["PropositionsController_definir"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages de la structure (ex. ?statut=echec : les échecs et leur erreur) */
        get: operations["MessagesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MessagesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}/renvoyer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renvoie un message en échec ou incertain */
        post: operations["MessagesController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/etat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Par canal et statut : nombre de messages et âge du plus ancien (messages bloqués, incertains) */
        get: operations["MessagesController_etat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/statistiques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts des jeunes par e-mail et SMS sur une année (bilan annuel) */
        get: operations["MessagesController_statistiques"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mises en relation (par statut, en attente de qui, offre, entreprise, jeune) ; un conseiller : ses jeunes */
        get: operations["MisesEnRelationController_lister"];
        put?: never;
        /** Proposer un jeune à la main (CRE) : une proposition sans score, à retenir ensuite */
        post: operations["MerTriController_proposer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une mise en relation et son historique (un employeur : le candidat, à partir de la transmission) */
        get: operations["MisesEnRelationController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/desister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Désistement du jeune (à toute étape ouverte après la proposition) */
        post: operations["MisesEnRelationController_desister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/ecarter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Écarter (motif de la liste + commentaire) : l’offre est complétée par le matching */
        post: operations["MerTriController_ecarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les messages de la mise en relation (jeune, employeur, équipe), plus anciens d’abord ; sans coordonnées du jeune pour un CRE */
        get: operations["MerRelanceController_messages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/relancer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relancer l’employeur (e-mail) : une fois par période au plus (MER_RELANCE_MANUELLE_HEURES) ; une relance récente est renvoyée telle quelle, sans nouveau message */
        post: operations["MerRelanceController_relancer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/reponse-employeur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Réponse de l’employeur : entretien, recrutée (contrat), non retenue (motif) */
        post: operations["MisesEnRelationController_reponseEmployeur"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/{id}/retenir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retenir : le jeune reçoit la proposition (e-mail et SMS selon ses consentements) */
        post: operations["MerTriController_retenir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/a-examiner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** File de tri du CRE : une page de propositions à examiner, plus anciennes d’abord, avec le détail du score ; le nombre par offre sur toute la file */
        get: operations["MerTriController_aExaminer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/compteurs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compteurs : en cours, recrutements, sans réponse (par offre ou entreprise en option) */
        get: operations["MisesEnRelationController_compteurs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/suivis/statistiques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suivi après recrutement (rapport annuel) : contrôles à 1 et 3 mois dus, envoyés, répondus, part toujours en poste */
        get: operations["MerSuiviController_statistiques"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mises-en-relation/tri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tri en lot : retenir et écarter plusieurs propositions, chaque ligne appliquée entière ou pas du tout */
        post: operations["MerTriController_trier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les offres visibles (filtres, tri, pagination) */
        get: operations["OffresController_list"];
        put?: never;
        /** Créer une offre (brouillon, à valider, ou publiée directement par un CRE) */
        post: operations["OffresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OffresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une offre (une offre publiée le reste ; les changements sont tracés) */
        patch: operations["OffresController_update"];
        trace?: never;
    };
    "/offres/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changer l'état : soumettre, valider, publier, renvoyer, cloturer, prolonger, rouvrir, marquer-pourvue */
        post: operations["OffresController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres/{id}/historique": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le journal de l'offre : qui, quand, de quel état à quel état, pourquoi, quels changements */
        get: operations["OffresController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres/{id}/mises-en-relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique par offre (un employeur : ses candidats transmis) */
        get: operations["MisesEnRelationController_pourOffre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres/{id}/propositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les candidats proposés pour l'offre, meilleur score d'abord, avec le détail et les raisons */
        get: operations["PropositionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offres/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les offres de la liste (mêmes filtres et tri, toutes les pages) en CSV ou XLSX */
        get: operations["OffresController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilotage/rapport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapport d'activité de la structure (année en cours par défaut) : chaque indicateur avec sa définition, la date retenue, la valeur de la période précédente et sa ventilation */
        get: operations["RapportController_rapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilotage/rapport/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le même rapport en CSV (séparateur « ; », UTF-8) */
        get: operations["RapportController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilotage/rapport/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le même rapport en XLSX */
        get: operations["RapportController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilotage/reseau": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les mêmes chiffres pour le réseau (structures ayant adhéré), au national et par région ou département */
        get: operations["ReseauController_reseauRapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pilotage/reseau/adhesion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La structure partage-t-elle ses chiffres avec le réseau ? */
        get: operations["ReseauController_adhesion"];
        /** La structure partage ses chiffres avec le réseau */
        put: operations["ReseauController_adherer"];
        post?: never;
        /** La structure ne partage plus ses chiffres */
        delete: operations["ReseauController_retirer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conventions de la structure (un conseiller : les siennes), 200 au plus, par début décroissant */
        get: operations["ConventionsController_lister"];
        put?: never;
        /** Créer une convention (brouillon) à partir d’un jeune et d’une entreprise */
        post: operations["ConventionsController_creer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConventionsController_lire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier (verrou optimiste « version ») ; après une signature, les signatures sont redemandées */
        patch: operations["ConventionsController_modifier"];
        trace?: never;
    };
    "/pmsmp/conventions/{id}/annuler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConventionsController_annuler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/bilan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Saisir le bilan pour le tuteur (une fois) */
        post: operations["BilanController_bilan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le journal de la convention : qui, quand, de quel état à quel état, pourquoi */
        get: operations["ConventionsController_journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le PDF de la convention (état courant ; en-tête X-Pdf-A-Jour) */
        get: operations["ConventionsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/refuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConventionsController_refuser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/renouveler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renouveler une fois (objectif non atteint) : nouvelle convention liée */
        post: operations["ConventionsController_renouveler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/renvoyer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renvoyer les liens aux signataires manquants (pas deux fois en 24 h) */
        post: operations["ConventionsController_renvoyer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/soumettre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Envoyer aux signataires (liens personnels par e-mail et SMS) */
        post: operations["ConventionsController_soumettre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/suivis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Noter la situation du jeune à une échéance (+15 j, +1 mois, +3 mois) */
        post: operations["BilanController_suivi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/valider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConventionsController_valider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/{id}/viser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConventionsController_viser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/statistiques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapport annuel : conventions terminées, bilans et situations à +15 j, +1 mois, +3 mois, par objectif */
        get: operations["BilanController_statistiques"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/conventions/verifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contrôles légaux sur un brouillon en cours de saisie (rien n’est enregistré) : erreurs et avertissements */
        post: operations["ConventionsController_verifier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/mes-conventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les conventions d’immersion accueillies par mes entreprises */
        get: operations["MesConventionsController_lister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/mes-conventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MesConventionsController_lire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/mes-conventions/{id}/lien-signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Le lien personnel de signature du représentant de l’entreprise (la page de signature habituelle) */
        post: operations["MesConventionsController_lienSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/mes-conventions/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le PDF de la convention (état courant ; en-tête X-Pdf-A-Jour) */
        get: operations["MesConventionsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pmsmp/parametres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paramètres PMSMP de la structure */
        get: operations["ParametresController_lire"];
        /** Paramètres PMSMP de la structure (validation en une ou deux étapes) */
        put: operations["ParametresController_ecrire"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portail-identite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Identité de la Mission Locale pour le portail (nom, couleur, logo) */
        get: operations["IdentiteController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portail/{structureCode}/inscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inscription d'un employeur : son compte et son entreprise, rattachement en attente de validation par un CRE */
        post: operations["PortailController_inscrire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referentiels/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les listes de codes d'une offre, avec leurs libellés */
        get: operations["CodesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referentiels/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chercher des communes par code postal et/ou par nom */
        get: operations["CommunesController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referentiels/communes/{codeInsee}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une commune par son code INSEE */
        get: operations["CommunesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referentiels/rome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chercher une fiche ROME par code, métier ou appellation */
        get: operations["RomeController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referentiels/rome/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une fiche ROME et ses appellations */
        get: operations["RomeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/structures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une structure (la sienne seulement ; une autre répond 404) */
        get: operations["StructuresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/structures/autres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les autres structures (id, nom, département), pour proposer un accord */
        get: operations["StructuresController_autres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/structures/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La Mission Locale du compte connecté */
        get: operations["StructuresController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** L’identité de la Mission Locale : nom, contact, couleur, logo (portail et messages) */
        patch: operations["AdministrationController_modifierIdentite"];
        trace?: never;
    };
    "/structures/current/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Qui a changé quoi sur les comptes et l’identité (200 derniers) */
        get: operations["AdministrationController_journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les comptes de la structure */
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un compte de la structure */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changer le rôle d’un compte ou le désactiver / réactiver (tracé) */
        patch: operations["AdministrationController_modifier"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /** @example un-mot-de-passe-long */
            password: string;
        };
        AccordView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description La structure qui a proposé
             */
            demandeurId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description La structure sollicitée
             */
            partenaireId: string;
            /** @enum {string} */
            statut: "proposee" | "acceptee" | "refusee" | "revoquee";
            /** Format: date-time */
            updatedAt: string;
        };
        AccueilDto: {
            /** @example Boulangerie et boulangerie-pâtisserie */
            activite: string;
            /**
             * @description Par défaut : la tranche de l’entreprise
             * @example 1 à 9 salariés
             */
            effectif?: string;
            representant: components["schemas"]["FonctionPersonneDto"];
        };
        AccueilView: {
            commune: string;
            raisonSociale: string;
            siret: string;
        };
        AdhesionDto: {
            /** @example 59 */
            departement: string;
        };
        AdhesionSchema: {
            /** @description La structure partage ses chiffres avec le réseau */
            adhere: boolean;
            /** @example 59 */
            departement: string | null;
            /** @example 32 */
            region: string | null;
        };
        AdresseDto: {
            adresse: string;
            codePostal: string;
            commune: string;
        };
        AppellationView: {
            /** @example 19427 */
            codeOgr: string;
            /** @example Serveur / Serveuse de restaurant */
            libelle: string;
        };
        ATraiterView: {
            /** @description Employeurs sans réponse malgré les relances : à appeler */
            aAppeler: number;
            /** @description Acceptées par le jeune, à transmettre */
            acceptees: number;
            /** @description Les employeurs à appeler */
            appels: components["schemas"]["MerAAppelerView"][];
            /** @description Mises en relation en attente de l'employeur */
            attenteEmployeur: number;
            /** @description Mises en relation en attente du jeune */
            attenteJeune: number;
            /** @description Les plus anciennes en attente de l'employeur */
            employeur: components["schemas"]["MerAAppelerView"][];
            /** @description Immersions (PMSMP) signées, à valider */
            immersionsAValider: number;
            /** @description Messages en échec ou incertains */
            messagesEnEchec: number;
            /** @description Offres déposées par les employeurs, à valider */
            offresAValider: number;
            /** @description Propositions du matching à examiner */
            propositionsATrier: number;
            /** @description Comptes employeurs en attente de rattachement */
            rattachementsAValider: number;
            /** @description Suivis après embauche échus, sans réponse */
            suivisEchus: number;
        };
        AvertissementView: {
            field: string;
            message: string;
        };
        BeneficiaireDto: {
            adresse?: string;
            codePostal?: string;
            commune?: string;
            email?: string;
            niveauFormation?: string;
            telephone?: string;
        };
        BeneficiaireView: {
            /** Format: date */
            dateNaissance: string;
            email: string;
            nom: string;
            prenom: string;
            telephone?: string;
        };
        BilanDto: {
            commentaire?: string;
            competencesObservees: string;
            embauche: boolean;
            heuresAbsence: number;
            /** @enum {string} */
            realisation: "realise" | "partiel" | "non_realise";
            /** @enum {string} */
            typeContrat?: "CDI" | "CDD" | "MIS" | "SAI" | "DDI" | "TTI" | "DIN" | "APP" | "PRO";
        };
        BilanView: {
            commentaire: string | null;
            competencesObservees: string;
            embauche: boolean;
            heuresAbsence: number;
            /** @enum {string} */
            realisation: "realise" | "partiel" | "non_realise";
            typeContrat: string | null;
        };
        BrowserSession: {
            /** @description À renvoyer dans X-CSRF-Token pour POST, PATCH, PUT, DELETE */
            csrfToken: string;
            /** @description Durée de la session en secondes */
            expiresIn: number;
            user: components["schemas"]["UserView"];
        };
        ChangeStatutDto: {
            /** @example CDD de 6 mois chez Boulangerie Durand */
            motif?: string;
            /** @enum {string} */
            statut: "actif" | "en_emploi" | "en_formation" | "sorti";
        };
        CodeLibelleView: {
            code: string;
            libelle: string;
        };
        CodesView: {
            domainesRome: components["schemas"]["CodeLibelleView"][];
            experiences: components["schemas"]["CodeLibelleView"][];
            naturesContrat: components["schemas"]["CodeLibelleView"][];
            niveauxDiplome: components["schemas"]["CodeLibelleView"][];
            typesContrat: components["schemas"]["CodeLibelleView"][];
        };
        CommentaireDto: {
            commentaire?: string;
        };
        CommuneView: {
            /** @example 59350 */
            codeInsee: string;
            /**
             * @example [
             *       "59000",
             *       "59160",
             *       "59260",
             *       "59777",
             *       "59800"
             *     ]
             */
            codesPostaux: string[];
            /** @example 59 */
            departement: string;
            /** @example 50.63 */
            lat: number | null;
            /** @example 3.06 */
            lon: number | null;
            /** @example Lille */
            nom: string;
            /** @example 236710 */
            population?: number;
            /** @example 32 */
            region: string | null;
            /** @example laposte */
            sourceCoordonnees: string | null;
        };
        CompteJournalView: {
            /** @enum {string} */
            action: "role" | "desactivation" | "reactivation" | "identite";
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            auteurId: string;
            /** Format: uuid */
            cibleUserId?: string | null;
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
        };
        ConsentementDto: {
            /** @description Consentement donné (true) ou retiré (false) */
            donne: boolean;
        };
        ConsentementsView: {
            email: components["schemas"]["ConsentementView"];
            sms: components["schemas"]["ConsentementView"];
        };
        ConsentementView: {
            /** Format: date-time */
            at?: string | null;
            donne: boolean;
            /** @enum {string|null} */
            source?: "conseiller" | "lien_jeune" | "sms_stop" | "import" | null;
        };
        ConsentState: {
            /** Format: date-time */
            at: string | null;
            /** @enum {string} */
            canal: "email" | "sms";
            /** @description Faux si le consentement avait déjà cette valeur (rien enregistré) */
            changed: boolean;
            donne: boolean;
            /** @enum {string|null} */
            source: "conseiller" | "lien_jeune" | "sms_stop" | "import" | null;
        };
        ContactDto: {
            /** @example recrutement@boulangerie-durand.fr */
            email?: Record<string, never> | null;
            /** @example Gérante */
            fonction?: Record<string, never> | null;
            /** Format: uuid */
            id?: string;
            /** @example Durand */
            nom: string;
            /** @example Camille */
            prenom?: Record<string, never> | null;
            /** @default false */
            principal: boolean;
            /**
             * @description Enregistré au format E.164
             * @example 06 12 34 56 78
             */
            telephone?: Record<string, never> | null;
        };
        ContactsCanalView: {
            /** @description Jeunes distincts contactés */
            jeunes: number;
            messages: number;
        };
        ContactsSmsView: {
            /** @description Jeunes distincts contactés */
            jeunes: number;
            messages: number;
            /** @description Segments facturés (GSM-7 : 160 caractères, UCS-2 : 70) */
            segments: number;
        };
        ContactsStatistiquesView: {
            /** @example 2026 */
            annee: number;
            email: components["schemas"]["ContactsCanalView"];
            sms: components["schemas"]["ContactsSmsView"];
        };
        ContactView: {
            email: string | null;
            fonction: string | null;
            /** Format: uuid */
            id: string;
            nom: string;
            prenom: string | null;
            principal: boolean;
            /** @description E.164 */
            telephone: string | null;
        };
        ContenuView: {
            accueil: components["schemas"]["AccueilView"];
            beneficiaire: components["schemas"]["BeneficiaireView"];
            /** Format: date */
            dateDebut: string;
            /** Format: date */
            dateFin: string;
            metier: components["schemas"]["MetierView"];
            /** @enum {string} */
            objectif: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
            tuteur: components["schemas"]["PersonneView"];
        };
        ContratView: {
            /** Format: date */
            dateDebut: string;
            /** Format: date */
            dateFin: string | null;
            heuresHebdo: number;
            /** @example CDI */
            typeContrat: string;
        };
        ConventionJournalView: {
            action: string;
            /** Format: date-time */
            at: string;
            byRole: string;
            /** Format: uuid */
            byUserId: string | null;
            /** Format: uuid */
            conventionId: string;
            details: {
                [key: string]: unknown;
            } | null;
            /** @enum {string|null} */
            fromStatut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee" | null;
            /** Format: uuid */
            id: string;
            motif: string | null;
            /** @enum {string} */
            toStatut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
        };
        ConventionLigneView: {
            /** @description Raison sociale de la structure d’accueil */
            accueil: string;
            /** @description Prénom et nom du jeune */
            beneficiaire: string;
            /** Format: date */
            dateDebut: string;
            /** Format: date */
            dateFin: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            objectif: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
            /** Format: uuid */
            renouvellementDeId: string | null;
            /** @description Signatures attendues en tout */
            signaturesAttendues: number;
            /** @description Signatures recueillies sur la version courante */
            signees: number;
            /** @enum {string} */
            statut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
            version: number;
        };
        ConventionView: {
            avertissements: components["schemas"]["AvertissementView"][];
            bilan: components["schemas"]["BilanView"] | null;
            contenu: components["schemas"]["ContenuView"];
            contenuSha256: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            motifRefus: string | null;
            pdf: components["schemas"]["PdfView"] | null;
            renouvellementDeId: string | null;
            signatures: components["schemas"]["SignatureView"][];
            signaturesAttendues: ("beneficiaire" | "representant_legal" | "entreprise" | "tuteur" | "prescripteur")[];
            /** @enum {string} */
            statut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
            totaux: components["schemas"]["TotauxView"];
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            valideeConseillerAt: string | null;
            version: number;
        };
        CreateConventionDto: {
            accueil: components["schemas"]["AccueilDto"];
            activites: string;
            /** @description Complète ou corrige le profil du jeune */
            beneficiaire?: components["schemas"]["BeneficiaireDto"];
            competences: string;
            conditionsTravail: string;
            /** @example 2027-01-04 */
            dateDebut: string;
            /** @example 2027-01-15 */
            dateFin: string;
            /** @description Mineur : justification d’une présence un dimanche ou un jour férié */
            derogationDimancheFerie?: string;
            employeurActuel?: components["schemas"]["EmployeurActuelDto"];
            /**
             * Format: uuid
             * @description La structure d’accueil (entreprise connue de la ML)
             */
            entrepriseId: string;
            equipementsProtection: string;
            /** @description Jour par jour, une ou deux plages ; les totaux sont calculés. */
            horaires: components["schemas"]["JourHoraireDto"][];
            /** Format: uuid */
            jeuneId: string;
            /** @description Par défaut : l’adresse de la structure d’accueil */
            lieu?: components["schemas"]["AdresseDto"];
            /**
             * Format: uuid
             * @description Initier un recrutement : la mise en relation
             */
            merId?: string;
            metier: components["schemas"]["MetierDto"];
            /** @enum {string} */
            objectif: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
            /**
             * Format: uuid
             * @description Initier un recrutement : l’offre
             */
            offreId?: string;
            representantLegal?: components["schemas"]["RepresentantLegalDto"];
            restauration?: string;
            risques: string;
            /** @description Téléphone du conseiller (signataire pour la Mission Locale) */
            telephoneConseiller?: string;
            transport?: string;
            tuteur: components["schemas"]["FonctionPersonneDto"];
        };
        CreateEntrepriseDto: {
            /** @example 12 rue de la Gare */
            adresse?: Record<string, never> | null;
            /**
             * @description Code NAF rév. 2
             * @example 10.71C
             */
            codeNaf?: Record<string, never> | null;
            /** @example 59000 */
            codePostal?: Record<string, never> | null;
            /**
             * @description Code INSEE de la commune
             * @example 59350
             */
            communeInsee?: Record<string, never> | null;
            contacts?: components["schemas"]["ContactDto"][];
            /** @example Au bon pain */
            enseigne?: Record<string, never> | null;
            /** @example 50.6292 */
            lat?: Record<string, never> | null;
            /** @example 3.0573 */
            lon?: Record<string, never> | null;
            /** @description Notes du CRE : jamais montrées aux employeurs */
            notes?: Record<string, never> | null;
            /** @example Boulangerie Durand SARL */
            raisonSociale: string;
            /**
             * @description 14 chiffres, espaces tolérés
             * @example 732 829 320 00074
             */
            siret: string;
            /** @enum {string|null} */
            trancheEffectif?: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
        };
        CreateEntrepriseNoteDto: {
            /** @description Le texte de la note */
            texte: string;
        };
        CreateInvitationDto: {
            /** @example recrutement@boulangerie-durand.fr */
            email: string;
            /** @example Durand */
            nom: string;
            /** @example Camille */
            prenom: string;
            /**
             * @example employeur
             * @enum {string}
             */
            role: "admin" | "cre" | "conseiller" | "employeur" | "operateur";
        };
        CreateJeuneDto: {
            /** @example 3 rue des Tilleuls */
            adresse?: Record<string, never> | null;
            /** @example 59000 */
            codePostal?: Record<string, never> | null;
            /**
             * @description Code INSEE de la commune
             * @example 59350
             */
            communeInsee?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description Conseiller référent ; par défaut, vous
             */
            conseillerId?: Record<string, never> | null;
            /** @description Consentement aux e-mails recueilli à l’inscription */
            consentEmail?: boolean;
            /** @description Consentement aux SMS recueilli à l’inscription */
            consentSms?: boolean;
            /**
             * @description 16 à 25 ans à l’inscription
             * @example 2006-04-17
             */
            dateNaissance: string;
            /**
             * @description Disponible à partir du
             * @example 2026-12-07
             */
            disponibleLe?: Record<string, never> | null;
            /** @example lina.benali@example.fr */
            email?: Record<string, never> | null;
            experiences?: components["schemas"]["ExperienceDto"][];
            /**
             * @description 1 à 5 fiches ROME, par préférence
             * @example [
             *       "G1603",
             *       "D1507"
             *     ]
             */
            fichesRome: string[];
            /**
             * @description Identifiant dans le SI de la ML
             * @example IMILO-0042
             */
            idExterne?: Record<string, never> | null;
            indisponibilites?: components["schemas"]["IndisponibiliteDto"][];
            /** @enum {string|null} */
            niveauDiplome?: "INFRA_3" | "3" | "4" | "5" | "6" | "7" | null;
            /** @example Benali */
            nom: string;
            /** @description Notes du conseiller (jamais montrées aux employeurs) */
            notes?: Record<string, never> | null;
            /** @default false */
            permisB: boolean;
            /** @example Lina */
            prenom: string;
            /**
             * @default aucun
             * @enum {string}
             */
            programme: "CEJ" | "PACEA" | "PPAE" | "aucun";
            programmeDebut?: Record<string, never> | null;
            programmeFin?: Record<string, never> | null;
            /**
             * @description Distance acceptée domicile – travail (km)
             * @default 10
             */
            rayonMobiliteKm: number;
            /**
             * @description Enregistré au format E.164
             * @example 06 12 34 56 78
             */
            telephone?: Record<string, never> | null;
            /** @default false */
            tempsPartielUniquement: boolean;
            /** @default false */
            transportsCommun: boolean;
            /** @default false */
            vehicule: boolean;
        };
        CreateOffreDto: {
            /**
             * @description Nombre de candidats proposés (2 : on ne met pas les jeunes en concurrence)
             * @default 2
             */
            candidatsSouhaites: number;
            /**
             * @description Code OGR de l'appellation ROME
             * @example 38252
             */
            codeAppellation?: string;
            /**
             * @description Code de la fiche ROME
             * @example G1803
             */
            codeRome: string;
            /**
             * @description Code INSEE du lieu ; par défaut celui de l'entreprise
             * @example 59350
             */
            communeInsee?: string;
            /** @description Confirme la création malgré une offre semblable récente */
            confirmerDoublon?: boolean;
            /**
             * @description Pas dans le passé
             * @example 2026-12-15
             */
            dateDebut: string;
            description: string;
            /**
             * @description Distance maximale domicile – travail des candidats (km)
             * @default 30
             */
            distanceMaxKm: number;
            /** @enum {string} */
            dureeUnite?: "mois" | "semaines";
            /**
             * @description Obligatoire pour CDD, MIS et SAI
             * @example 6
             */
            dureeValeur?: number;
            /** Format: uuid */
            entrepriseId: string;
            /** @enum {string} */
            etat?: "brouillon" | "a_valider" | "publiee";
            /**
             * @description Débutant accepté, souhaitée, exigée
             * @default D
             * @enum {string}
             */
            experience: "D" | "S" | "E";
            /** @example 35 */
            heuresHebdo: number;
            /** @example Du mardi au samedi, 11 h – 15 h et 18 h – 22 h */
            horaires?: string;
            /**
             * @default E1
             * @enum {string}
             */
            natureContrat: "E1" | "E2" | "FS" | "FT" | "FU";
            /** @enum {string} */
            niveauDiplome?: "INFRA_3" | "3" | "4" | "5" | "6" | "7";
            /** @default 1 */
            nombrePostes: number;
            /** @default true */
            ouverteMineurs: boolean;
            /** @description Permis B exigé */
            permisB?: boolean;
            /** @example 11.88 */
            salaireMontant?: number;
            /** @enum {string} */
            salaireUnite?: "horaire" | "mensuel";
            /** @description Par défaut : moins de 35 h */
            tempsPartiel?: boolean;
            /** @example Serveur / serveuse en brasserie */
            titre: string;
            /** @description Travail entre 22 h et 6 h (interdit aux mineurs) */
            travailNuit?: boolean;
            travailWeekend?: boolean;
            /**
             * @example CDD
             * @enum {string}
             */
            typeContrat: "CDI" | "CDD" | "MIS" | "SAI" | "DDI" | "TTI" | "DIN";
        };
        DemandeRecueView: {
            message: string;
        };
        DesistementDto: {
            commentaire?: string;
            /** @enum {string} */
            motif: "autre_emploi" | "plus_interesse" | "indisponible" | "autre";
        };
        EcartDto: {
            commentaire?: string;
            /** @enum {string} */
            motif: "profil" | "mobilite" | "disponibilite" | "projet" | "mer_recente" | "autre";
        };
        EcartLigneDto: {
            commentaire?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            motif: "profil" | "mobilite" | "disponibilite" | "projet" | "mer_recente" | "autre";
        };
        EmployeurActuelDto: {
            adresse?: string;
            email?: string;
            raisonSociale: string;
            siret?: string;
        };
        EntrepriseCreView: {
            adresse: string | null;
            codeNaf: string | null;
            codePostal: string | null;
            communeInsee: string | null;
            contacts: components["schemas"]["ContactView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdById: string;
            enseigne: string | null;
            /** Format: uuid */
            id: string;
            lat: number | null;
            lon: number | null;
            membres: components["schemas"]["MembreView"][];
            notes: string | null;
            raisonSociale: string;
            siret: string;
            /** Format: uuid */
            structureId: string;
            /** @enum {string|null} */
            trancheEffectif: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
            trancheEffectifLibelle: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        EntrepriseEmployeurView: {
            adresse: string | null;
            codeNaf: string | null;
            codePostal: string | null;
            communeInsee: string | null;
            contacts: components["schemas"]["ContactView"][];
            /** Format: date-time */
            createdAt: string;
            enseigne: string | null;
            /** Format: uuid */
            id: string;
            lat: number | null;
            lon: number | null;
            membres: components["schemas"]["MembreView"][];
            raisonSociale: string;
            siret: string;
            /** @enum {string|null} */
            trancheEffectif: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
            trancheEffectifLibelle: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        EntrepriseFieldsDto: {
            /** @example 12 rue de la Gare */
            adresse?: Record<string, never> | null;
            /**
             * @description Code NAF rév. 2
             * @example 10.71C
             */
            codeNaf?: Record<string, never> | null;
            /** @example 59000 */
            codePostal?: Record<string, never> | null;
            /**
             * @description Code INSEE de la commune
             * @example 59350
             */
            communeInsee?: Record<string, never> | null;
            /** @example Au bon pain */
            enseigne?: Record<string, never> | null;
            /** @example 50.6292 */
            lat?: Record<string, never> | null;
            /** @example 3.0573 */
            lon?: Record<string, never> | null;
            /** @example Boulangerie Durand SARL */
            raisonSociale: string;
            /**
             * @description 14 chiffres, espaces tolérés
             * @example 732 829 320 00074
             */
            siret: string;
            /** @enum {string|null} */
            trancheEffectif?: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
        };
        EntrepriseInvitationDto: {
            /** @example recrutement@boulangerie-durand.fr */
            email: string;
            /** @example Durand */
            nom: string;
            /** @example Camille */
            prenom: string;
        };
        EntrepriseInvitationView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            entrepriseId: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            nom: string;
            prenom: string;
            /** @enum {string} */
            status: "en_attente" | "acceptee" | "revoquee";
        };
        EntrepriseNoteView: {
            auteur: components["schemas"]["NoteAuteurView"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            texte: string;
        };
        EntrepriseResumeView: {
            codePostal: string | null;
            communeInsee: string | null;
            enseigne: string | null;
            /** Format: uuid */
            id: string;
            raisonSociale: string;
            siret: string;
            /** @enum {string|null} */
            trancheEffectif: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
            /** Format: date-time */
            updatedAt: string;
        };
        EntreprisesPageView: {
            items: components["schemas"]["EntrepriseResumeView"][];
            limit: number;
            page: number;
            total: number;
        };
        EtatMessagesView: {
            /** @description Son âge, en secondes */
            ageMaxSecondes: number;
            /** @enum {string} */
            canal: "email" | "sms";
            nombre: number;
            /**
             * Format: date-time
             * @description Création du plus ancien message dans ce statut
             */
            plusAncienCreeLe: string;
            /** @enum {string} */
            statut: "en_attente" | "differe" | "en_cours" | "envoye" | "delivre" | "echec" | "incertain" | "supprime";
        };
        ExperienceDto: {
            /** @example G1603 */
            codeRome: string;
            /**
             * @description Durée cumulée, en mois
             * @example 6
             */
            dureeMois: number;
        };
        FicheRomeDetailView: {
            appellations: components["schemas"]["AppellationView"][];
            /** @example G1603 */
            code: string;
            /** @example G */
            domaine: string;
            /** @example Hôtellerie-restauration, tourisme, loisirs et animation */
            domaineLibelle: string;
            /** @example Personnel polyvalent en restauration */
            libelle: string;
        };
        FileTriOffreView: {
            entrepriseNom: string;
            n: number;
            /** Format: uuid */
            offreId: string;
            offreTitre: string;
        };
        FileTriView: {
            items: components["schemas"]["MerView"][];
            page: number;
            parOffre: components["schemas"]["FileTriOffreView"][];
            parPage: number;
            /** @description Propositions à examiner avec le filtre (toutes les pages) */
            total: number;
            /** @description Propositions à examiner, toutes offres confondues */
            toutes: number;
        };
        FonctionPersonneDto: {
            email: string;
            /** @example Gérant */
            fonction: string;
            nom: string;
            prenom: string;
            /** @example 06 12 34 56 78 */
            telephone: string;
        };
        GroupeSchema: {
            /** @example 59 */
            code: string;
            /** @example Nord */
            nom: string;
            rapport: components["schemas"]["RapportSchema"];
            structures: number;
        };
        IdentiteView: {
            code: string;
            /** @example #1d4f91 */
            couleur: string | null;
            email: string | null;
            logoUrl: string | null;
            nom: string;
            telephone: string | null;
        };
        ImportLigneView: {
            /** @description Champs modifiés (noms) */
            champs?: string[];
            /** @description Colonne en cause */
            colonne?: string | null;
            idExterne: string | null;
            /** Format: uuid */
            jeuneId?: string;
            /** @description Numéro de ligne dans le fichier (1 = en-tête) */
            ligne: number;
            /** @description Motif du rejet */
            motif?: string;
            /** @enum {string} */
            statut: "cree" | "modifie" | "inchange" | "rejete";
        };
        ImportRapportView: {
            colonnes: string[];
            colonnesIgnorees: string[];
            crees: number;
            dureeMs: number;
            /** @enum {string} */
            encodage: "utf-8" | "windows-1252";
            inchanges: number;
            lignes: components["schemas"]["ImportLigneView"][];
            modifies: number;
            rejetes: number;
            /** @enum {string} */
            separateur: ";" | ",";
            total: number;
        };
        ImportStatusView: {
            /** Format: date-time */
            creeLe: string;
            /** Format: date-time */
            debuteLe: string | null;
            erreur: string | null;
            /** Format: uuid */
            id: string;
            /** @description Lignes de données lues jusqu’ici (progression) */
            lignesLues: number;
            /** @description Taille du fichier reçu */
            octets: number;
            /** @description Une fois terminé */
            rapport?: components["schemas"]["ImportRapportView"];
            /** @enum {string} */
            statut: "en_attente" | "en_cours" | "termine" | "echec";
            /** Format: date-time */
            termineLe: string | null;
        };
        IndicateurSchema: {
            /** @example offres_publiees */
            code: string;
            /** @description La date qui place un événement dans la période */
            date: string;
            /** @description Ce qui compte */
            definition: string;
            /** @example Offres publiées */
            libelle: string;
            /** @description La table derrière chaque graphique */
            lignes: components["schemas"]["LigneSchema"][];
            precedent: number | null;
            /** @enum {string} */
            unite: "nombre" | "part" | "jours";
            valeur: number | null;
            ventilation?: string;
        };
        IndisponibiliteDto: {
            /** @example 2027-01-15 */
            au: string;
            /** @example 2027-01-04 */
            du: string;
        };
        InscriptionDto: {
            /** @example recrutement@boulangerie-durand.fr */
            email: string;
            entreprise: components["schemas"]["EntrepriseFieldsDto"];
            /** @example Durand */
            nom: string;
            /** @example un-mot-de-passe-long */
            password: string;
            /** @example Camille */
            prenom: string;
            /**
             * @description Enregistré au format E.164
             * @example 06 12 34 56 78
             */
            telephone?: Record<string, never> | null;
        };
        InscriptionView: {
            email: string;
            message: string;
            /**
             * @example en_attente
             * @enum {string}
             */
            statut: "en_attente" | "validee" | "refusee";
            /** Format: uuid */
            userId: string;
        };
        InvitationEnvoiView: {
            derniereErreur: string | null;
            /** Format: date-time */
            envoyeLe: string | null;
            /** Format: uuid */
            messageId: string;
            /**
             * @description Statut du message (voir GET /messages/:id)
             * @example envoye
             */
            statut: string;
            tentatives: number;
        };
        InvitationView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            envoi: components["schemas"]["InvitationEnvoiView"] | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            nom: string;
            prenom: string;
            /** @enum {string} */
            role: "admin" | "cre" | "conseiller" | "employeur" | "operateur";
            /** @enum {string} */
            status: "en_attente" | "acceptee" | "revoquee";
        };
        JeuneCompteurs: {
            /** @description Par conseiller référent (id) ; « aucun » sans référent */
            parConseiller: {
                [key: string]: number;
            };
            parDomaine: {
                [key: string]: number;
            };
            parProgramme: {
                [key: string]: number;
            };
            parStatut: {
                [key: string]: number;
            };
            parTrancheAge: {
                [key: string]: number;
            };
            total: number;
        };
        JeuneConseillerView: {
            adresse?: string | null;
            age: number;
            codePostal?: string | null;
            communeInsee?: string | null;
            communeNom?: string | null;
            conseillerId?: string | null;
            consentements: components["schemas"]["ConsentementsView"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dateNaissance: string;
            departement?: string | null;
            /** Format: date-time */
            derniereActiviteAt: string;
            disponibleLe?: string | null;
            email?: string | null;
            experiences: components["schemas"]["ExperienceDto"][];
            fichesRome: string[];
            /** Format: uuid */
            id: string;
            idExterne?: string | null;
            indisponibilites: components["schemas"]["IndisponibiliteDto"][];
            lat?: number | null;
            lon?: number | null;
            /** @description Dérivé de la date de naissance, jamais enregistré */
            mineur: boolean;
            niveauDiplome?: string | null;
            nom: string;
            notes?: string | null;
            permisB: boolean;
            prenom: string;
            /** @enum {string} */
            programme: "CEJ" | "PACEA" | "PPAE" | "aucun";
            programmeDebut?: string | null;
            programmeFin?: string | null;
            rayonMobiliteKm: number;
            /** @enum {string} */
            statut: "actif" | "en_emploi" | "en_formation" | "sorti";
            /** @description E.164 */
            telephone?: string | null;
            /** @description Mobile : peut recevoir des SMS */
            telephoneMobile: boolean;
            tempsPartielUniquement: boolean;
            /** @enum {string} */
            trancheAge: "16-17" | "18-21" | "22-25" | "26+";
            transportsCommun: boolean;
            /** Format: date-time */
            updatedAt: string;
            vehicule: boolean;
            version: number;
        };
        JeuneCreView: {
            age: number;
            communeInsee?: string | null;
            communeNom?: string | null;
            conseillerId?: string | null;
            departement?: string | null;
            disponibleLe?: string | null;
            experiences: components["schemas"]["ExperienceDto"][];
            fichesRome: string[];
            /** Format: uuid */
            id: string;
            indisponibilites: components["schemas"]["IndisponibiliteDto"][];
            /** @description Peut être prévenu par e-mail / SMS (coordonnée et consentement) */
            joignable: components["schemas"]["JoignableView"];
            mineur: boolean;
            niveauDiplome?: string | null;
            nom: string;
            permisB: boolean;
            prenom: string;
            /** @enum {string} */
            programme: "CEJ" | "PACEA" | "PPAE" | "aucun";
            rayonMobiliteKm: number;
            /** @enum {string} */
            statut: "actif" | "en_emploi" | "en_formation" | "sorti";
            tempsPartielUniquement: boolean;
            transportsCommun: boolean;
            vehicule: boolean;
        };
        JeuneEmployeurContact: {
            email: string | null;
            telephone: string | null;
        };
        JeuneEmployeurView: {
            communeNom: string | null;
            contact: components["schemas"]["JeuneEmployeurContact"] | null;
            /** Format: date */
            disponibleLe: string | null;
            experiences: components["schemas"]["ExperienceDto"][];
            fichesRome: string[];
            /** Format: uuid */
            id: string;
            mineur: boolean;
            niveauDiplome: string | null;
            /** @description L’initiale (« B. ») tant que le jeune n’a pas accepté */
            nom: string;
            permisB: boolean;
            prenom: string;
            tempsPartielUniquement: boolean;
            vehicule: boolean;
        };
        JeuneResumeView: {
            age: number;
            communeNom?: string | null;
            conseillerId?: string | null;
            disponibleLe?: string | null;
            fichesRome: string[];
            /** Format: uuid */
            id: string;
            idExterne?: string | null;
            mineur: boolean;
            nom: string;
            prenom: string;
            /** @enum {string} */
            programme: "CEJ" | "PACEA" | "PPAE" | "aucun";
            /** @enum {string} */
            statut: "actif" | "en_emploi" | "en_formation" | "sorti";
        };
        JeunesPageView: {
            items: components["schemas"]["JeuneResumeView"][];
            page: number;
            parPage: number;
            /** @description Jeunes correspondant aux filtres (toutes les pages) */
            total: number;
        };
        JoignableView: {
            email: boolean;
            sms: boolean;
        };
        JourHoraireDto: {
            /** @example 2027-01-04 */
            date: string;
            plages: components["schemas"]["PlageDto"][];
        };
        LienSignatureView: {
            /** @description Le lien personnel de signature du représentant de l’entreprise */
            url: string;
        };
        LigneSchema: {
            /** @example domaine:K */
            cle: string;
            /** @example K Services à la personne et à la collectivité */
            libelle: string;
            /** @description La même ligne sur la période précédente */
            precedent: number;
            valeur: number;
        };
        LigneTri: {
            /** @enum {string} */
            action: "retenir" | "ecarter";
            erreur?: components["schemas"]["LigneTriErreur"];
            /** Format: uuid */
            id: string;
            /** @description Appliquée : la mise en relation est maintenant `statut` */
            ok: boolean;
            /** @enum {string} */
            statut?: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
        };
        LigneTriErreur: {
            /** @example MER_TRANSITION_INTERDITE */
            code: string;
            detail: string;
            /** @description Rien n’a été écrit : renvoyer la ligne peut réussir */
            reessayable: boolean;
            /**
             * @description Le statut HTTP qu’aurait eu cette ligne seule
             * @example 409
             */
            status: number;
            /**
             * @description Le statut actuel, quand il est connu
             * @enum {string}
             */
            statut?: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
        };
        LoginDto: {
            /** @example cre@ml-demo.fr */
            email: string;
            /** @example motdepasse-demo-2026 */
            password: string;
        };
        MaConventionDetailView: {
            /** @description La signature de l’entreprise est attendue */
            aSigner: boolean;
            avertissements: string[];
            /**
             * @description Prénom et initiale du nom
             * @example Lina I.
             */
            beneficiaire: string;
            contenuSha256: string;
            /** Format: date */
            dateDebut: string;
            /** Format: date */
            dateFin: string;
            entreprise: string;
            id: string;
            metier: string;
            pdf: components["schemas"]["PdfResumeView"] | null;
            sections: components["schemas"]["SectionView"][];
            /** @description Qui doit encore signer (qualités) */
            signaturesAttendues: string[];
            /** @enum {string} */
            statut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
            /** @example à signer */
            statutLibelle: string;
            version: number;
        };
        MaConventionView: {
            /** @description La signature de l’entreprise est attendue */
            aSigner: boolean;
            /**
             * @description Prénom et initiale du nom
             * @example Lina I.
             */
            beneficiaire: string;
            /** Format: date */
            dateDebut: string;
            /** Format: date */
            dateFin: string;
            entreprise: string;
            id: string;
            metier: string;
            /** @description Qui doit encore signer (qualités) */
            signaturesAttendues: string[];
            /** @enum {string} */
            statut: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
            /** @example à signer */
            statutLibelle: string;
        };
        MembreView: {
            /** Format: date-time */
            decidedAt: string | null;
            email: string;
            nom: string;
            prenom: string;
            /** @enum {string} */
            statut: "en_attente" | "validee" | "refusee";
            /** Format: uuid */
            userId: string;
        };
        MerAAppelerView: {
            /** Format: date-time */
            dernierEnvoiAt: string | null;
            entreprise: string;
            /** Format: uuid */
            id: string;
            jeune: string;
            offre: string;
            /** Format: uuid */
            offreId: string;
            /** @description Relances envoyées à l’employeur */
            relances: number;
            statut: string;
            /** Format: date-time */
            statutAt: string;
        };
        MerCompteursView: {
            libelles: {
                [key: string]: string;
            };
            /** @description En cours (une réponse est attendue) */
            ouvertes: number;
            parStatut: {
                [key: string]: number;
            };
            recrutees: number;
            /** @description Sans réponse du jeune ou de l’employeur */
            sansReponse: number;
        };
        MerEmployeurView: {
            candidat: components["schemas"]["JeuneEmployeurView"];
            contrat: components["schemas"]["ContratView"] | null;
            /** Format: date-time */
            entretienAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            offreId: string;
            /** @enum {string} */
            statut: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
            /** Format: date-time */
            statutAt: string;
            statutLibelle: string;
        };
        MerJeuneNomView: {
            nom: string;
            prenom: string;
        };
        MerTransitionView: {
            /** @description `creation` ou une action du cycle de vie */
            action: string;
            /** Format: date-time */
            at: string;
            byRole: string;
            /** Format: uuid */
            byUserId: string | null;
            details: {
                [key: string]: unknown;
            } | null;
            /** @enum {string|null} */
            from: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs" | null;
            motif: string | null;
            motifCode: string | null;
            /** @enum {string} */
            to: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
        };
        MerView: {
            alerteEntreprise: boolean;
            /** @enum {string|null} */
            attente: "cre" | "jeune" | "employeur" | null;
            contrat: components["schemas"]["ContratView"] | null;
            /** Format: date-time */
            createdAt: string;
            derniereRelance?: components["schemas"]["RelanceDto"] | null;
            /** @description Le détail du score (total, criteres, distanceKm) ; vide pour une proposition à la main */
            detail: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            entrepriseId: string;
            entrepriseNom?: string;
            /** Format: date-time */
            entretienAt: string | null;
            /** Format: uuid */
            id: string;
            jeune?: components["schemas"]["MerJeuneNomView"];
            /** Format: uuid */
            jeuneId: string;
            motif: string | null;
            motifCode: string | null;
            /** Format: uuid */
            offreId: string;
            offreTitre?: string;
            /** @example matching */
            origine: string;
            raisons: string[];
            /** @description Relances envoyées dans le statut actuel */
            relances: number;
            score: number;
            /** @enum {string} */
            statut: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
            /** Format: date-time */
            statutAt: string;
            statutLibelle: string;
            /** @description Dans le détail seulement */
            transitions?: components["schemas"]["MerTransitionView"][];
        };
        MessagesPageView: {
            items: components["schemas"]["MessageView"][];
            total: number;
        };
        MessageView: {
            adresse?: string | null;
            /** @enum {string} */
            canal: "email" | "sms";
            /** Format: date-time */
            creeLe: string;
            /** Format: date-time */
            delivreLe?: string | null;
            derniereErreur?: string | null;
            destinataireId?: string | null;
            /** @enum {string} */
            destinataireType: "jeune" | "utilisateur" | "contact";
            /** Format: date-time */
            differeJusqua?: string | null;
            /** Format: date-time */
            echecLe?: string | null;
            encodage?: string | null;
            /** Format: date-time */
            envoyeLe?: string | null;
            event: string;
            fournisseur?: string | null;
            fournisseurId?: string | null;
            /** Format: uuid */
            id: string;
            objet?: string | null;
            segments?: number | null;
            /** @enum {string} */
            statut: "en_attente" | "differe" | "en_cours" | "envoye" | "delivre" | "echec" | "incertain" | "supprime";
            template: string;
            tentatives: number;
            /** @description Texte du SMS tel qu’envoyé */
            texte?: string | null;
        };
        MetierDto: {
            /** @example Boulanger / Boulangère */
            appellation: string;
            /** @example D1102 */
            codeRome: string;
        };
        MetierView: {
            appellation: string;
            codeRome: string;
        };
        ModifierCompteDto: {
            /** @description false : le compte ne peut plus se connecter */
            active?: boolean;
            /** @enum {string} */
            role?: "admin" | "cre" | "conseiller";
        };
        ModifierConventionDto: {
            accueil?: components["schemas"]["AccueilDto"];
            activites?: string;
            /** @description Complète ou corrige le profil du jeune */
            beneficiaire?: components["schemas"]["BeneficiaireDto"];
            competences?: string;
            conditionsTravail?: string;
            /** @example 2027-01-04 */
            dateDebut?: string;
            /** @example 2027-01-15 */
            dateFin?: string;
            /** @description Mineur : justification d’une présence un dimanche ou un jour férié */
            derogationDimancheFerie?: string;
            employeurActuel?: components["schemas"]["EmployeurActuelDto"];
            equipementsProtection?: string;
            /** @description Jour par jour, une ou deux plages ; les totaux sont calculés. */
            horaires?: components["schemas"]["JourHoraireDto"][];
            /** @description Par défaut : l’adresse de la structure d’accueil */
            lieu?: components["schemas"]["AdresseDto"];
            metier?: components["schemas"]["MetierDto"];
            /** @enum {string} */
            objectif?: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
            representantLegal?: components["schemas"]["RepresentantLegalDto"];
            restauration?: string;
            risques?: string;
            /** @description Téléphone du conseiller (signataire pour la Mission Locale) */
            telephoneConseiller?: string;
            transport?: string;
            tuteur?: components["schemas"]["FonctionPersonneDto"];
            /** @description Verrou optimiste : la version lue */
            version: number;
        };
        ModifierIdentiteDto: {
            /** @example #1d4f91 */
            couleur?: string | null;
            email?: string | null;
            /** @description Une adresse https ou un chemin (/…) */
            logoUrl?: string | null;
            /** @example Mission Locale du Val-de-Lys */
            nom?: string;
            /** @example 03 20 00 00 00 */
            telephone?: string | null;
        };
        MotDePasseOublieDto: {
            /** @example recrutement@boulangerie-durand.fr */
            email: string;
        };
        MotifDto: {
            motif: string;
        };
        NoteAuteurView: {
            /** Format: uuid */
            id: string;
            nom: string;
            prenom: string;
        };
        NouveauMotDePasseDto: {
            /** @description Le jeton du lien reçu par e-mail */
            jeton: string;
            /** @example un-mot-de-passe-long */
            password: string;
        };
        OffreListeView: {
            candidatsSouhaites: number;
            codeAppellation?: string | null;
            codeRome: string;
            communeInsee: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dateDebut: string;
            description: string;
            distanceMaxKm: number;
            dureeUnite?: string | null;
            dureeValeur?: number | null;
            /** Format: uuid */
            entrepriseId: string;
            entrepriseNom: string;
            experience: string;
            /**
             * Format: date-time
             * @description Expire 60 jours après la dernière activité
             */
            expireLe: string;
            heuresHebdo: number;
            horaires?: string | null;
            /** Format: uuid */
            id: string;
            lat?: number | null;
            lon?: number | null;
            motifCloture?: string | null;
            natureContrat: string;
            niveauDiplome?: string | null;
            nombrePostes: number;
            ouverteMineurs: boolean;
            permisB: boolean;
            /** Format: date-time */
            publieeAt?: string | null;
            salaireMontant?: number | null;
            salaireUnite?: string | null;
            /** @enum {string} */
            statut: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree";
            tempsPartiel: boolean;
            titre: string;
            travailNuit: boolean;
            travailWeekend: boolean;
            typeContrat: string;
            /** Format: date-time */
            updatedAt: string;
            versionCriteres: number;
        };
        OffrePageView: {
            items: components["schemas"]["OffreListeView"][];
            page: number;
            parPage: number;
            total: number;
        };
        OffreTransitionView: {
            /** @description `creation`, `modification` ou une action du cycle de vie */
            action: string;
            /** Format: date-time */
            at: string;
            byRole: string;
            /**
             * Format: uuid
             * @description Null : automatique
             */
            byUserId: string | null;
            /** @description Pour une modification : champ → { avant, apres } */
            changes: {
                [key: string]: {
                    apres?: unknown;
                    avant?: unknown;
                };
            } | null;
            /** @enum {string|null} */
            fromStatut: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree" | null;
            /** Format: uuid */
            id: string;
            motif: string | null;
            /** Format: uuid */
            offreId: string;
            /** @enum {string} */
            toStatut: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree";
        };
        OffreView: {
            candidatsSouhaites: number;
            codeAppellation?: string | null;
            codeRome: string;
            communeInsee: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dateDebut: string;
            description: string;
            distanceMaxKm: number;
            dureeUnite?: string | null;
            dureeValeur?: number | null;
            /** Format: uuid */
            entrepriseId: string;
            experience: string;
            /**
             * Format: date-time
             * @description Expire 60 jours après la dernière activité
             */
            expireLe: string;
            heuresHebdo: number;
            horaires?: string | null;
            /** Format: uuid */
            id: string;
            lat?: number | null;
            lon?: number | null;
            motifCloture?: string | null;
            natureContrat: string;
            niveauDiplome?: string | null;
            nombrePostes: number;
            ouverteMineurs: boolean;
            permisB: boolean;
            /** Format: date-time */
            publieeAt?: string | null;
            salaireMontant?: number | null;
            salaireUnite?: string | null;
            /** @enum {string} */
            statut: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree";
            tempsPartiel: boolean;
            titre: string;
            travailNuit: boolean;
            travailWeekend: boolean;
            typeContrat: string;
            /** Format: date-time */
            updatedAt: string;
            versionCriteres: number;
        };
        ParametresDto: {
            /** @description Visa du conseiller, puis validation par la direction */
            validationDeuxEtapes: boolean;
        };
        ParCreSchema: {
            creId: string | null;
            publiees: number;
            recrutements: number;
        };
        PdfResumeView: {
            aJour: boolean;
            version: number;
        };
        PdfView: {
            aJour: boolean;
            sha256: string;
            taille: number;
            version: number;
        };
        PeriodeSchema: {
            /** @example 2025-12-31 */
            au: string;
            /** @example 2025-01-01 */
            du: string;
        };
        PersonneView: {
            email: string;
            nom: string;
            prenom: string;
            telephone?: string;
        };
        PlageDto: {
            /** @example 09:00 */
            debut: string;
            /** @example 12:00 */
            fin: string;
        };
        PoidsView: {
            attente: number;
            diplome: number;
            disponibilite: number;
            distance: number;
            experience: number;
            fiche: number;
            programme: number;
        };
        ProblemeView: {
            /** @example max_jour_mineur */
            code: string;
            /** @example horaires[0].plages */
            field: string;
            message: string;
        };
        ProposerAccordDto: {
            /**
             * Format: uuid
             * @description La structure voisine
             */
            structureId: string;
        };
        PropositionManuelleDto: {
            commentaire?: string;
            /** Format: uuid */
            jeuneId: string;
            /** Format: uuid */
            offreId: string;
        };
        PropositionView: Record<string, never>;
        RapportSchema: {
            /**
             * @example {
             *       "cre": null,
             *       "domaine": null
             *     }
             */
            filtres: Record<string, never>;
            indicateurs: components["schemas"]["IndicateurSchema"][];
            parCre: components["schemas"]["ParCreSchema"][];
            periode: components["schemas"]["PeriodeSchema"];
            periodePrecedente: components["schemas"]["PeriodeSchema"];
            /** @description Nombre de structures couvertes */
            structures: number;
        };
        RattachementEntrepriseView: {
            /** Format: uuid */
            id: string;
            raisonSociale: string;
            siret: string;
        };
        RattachementView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedById: string | null;
            email: string;
            entreprise: components["schemas"]["RattachementEntrepriseView"];
            nom: string;
            prenom: string;
            /** @enum {string} */
            statut: "en_attente" | "validee" | "refusee";
            /** @description E.164 */
            telephone: string | null;
            /** Format: uuid */
            userId: string;
        };
        ReglagesDto: {
            /**
             * @description Poids de 0 à 100 par critère (fiche, distance, diplome, experience, disponibilite, programme, attente)
             * @example {
             *       "programme": 20,
             *       "attente": 20
             *     }
             */
            poids?: {
                [key: string]: number;
            };
            /** @description Structures dont les jeunes reçoivent aussi nos offres */
            structuresVoisines?: string[];
        };
        ReglagesView: {
            /** @description Celles qu’un accord accepté des deux côtés ouvre vraiment */
            perimetreEffectif: string[];
            poids: components["schemas"]["PoidsView"];
            /** @description Structures voisines souhaitées (dont les jeunes reçoivent aussi nos offres) */
            structuresVoisines: string[];
        };
        RelanceDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            byUserId?: string | null;
            /** @enum {string} */
            origine: "auto" | "manuelle";
        };
        RenouvelerDto: {
            /** @example 2027-01-18 */
            dateDebut: string;
            /** @example 2027-01-29 */
            dateFin: string;
            motif: string;
            /** @description Le renouvellement n’est possible que si l’objectif n’a pas été atteint */
            objectifAtteint: boolean;
        };
        RenvoiView: {
            /** @description Liens renvoyés aux signataires manquants */
            envoyes: number;
        };
        ReponseEmployeurDto: {
            commentaire?: string;
            dateDebut?: string;
            dateFin?: string;
            /** @description Date et heure de l'entretien (ISO 8601) */
            entretienAt?: string;
            heuresHebdo?: number;
            motif?: string;
            /** @enum {string} */
            resultat: "entretien" | "recrutee" | "non_retenue";
            typeContrat?: string;
        };
        RepresentantLegalDto: {
            email: string;
            nom: string;
            prenom: string;
            /** @example Mère */
            qualite: string;
            /** @example 06 12 34 56 78 */
            telephone: string;
        };
        ReseauSchema: {
            groupes: components["schemas"]["GroupeSchema"][];
            national: components["schemas"]["RapportSchema"];
            /** @enum {string} */
            par: "region" | "departement";
        };
        ResultatRelanceDto: {
            derniereRelance: components["schemas"]["RelanceDto"];
            /** @description Faux : une relance récente existait, aucun nouveau message */
            envoyee: boolean;
            /**
             * Format: date-time
             * @description À partir de quand une nouvelle relance est possible
             */
            prochainePossible: string;
        };
        ResultatTri: {
            appliquees: number;
            /** @description Lignes en erreur de base de données, à renvoyer telles quelles */
            aRenvoyer: number;
            refusees: number;
            resultats: components["schemas"]["LigneTri"][];
        };
        RomeSearchResultView: {
            /** @description Les appellations trouvées (3 au plus) */
            appellations: components["schemas"]["AppellationView"][];
            /** @example G1603 */
            code: string;
            /** @example G */
            domaine: string;
            /** @example Hôtellerie-restauration, tourisme, loisirs et animation */
            domaineLibelle: string;
            /** @example Personnel polyvalent en restauration */
            libelle: string;
        };
        SectionView: {
            lignes: string[][];
            titre: string;
        };
        Session: {
            accessToken: string;
            /** @description Durée de validité, en secondes */
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
            user: components["schemas"]["UserView"];
        };
        SignatureView: {
            contenuSha256: string;
            ip: string;
            nom: string;
            /** @enum {string} */
            signataire: "beneficiaire" | "representant_legal" | "entreprise" | "tuteur" | "prescripteur";
            /** Format: date-time */
            signedAt: string;
            userAgent: string;
            version: number;
        };
        StructureAutreView: {
            /** @example 59 */
            departement: string | null;
            /** Format: uuid */
            id: string;
            nom: string;
        };
        StructureView: {
            /** @example ml-val-de-lys */
            code: string;
            /** @example #1d4ed8 */
            couleur: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example 59 */
            departement: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            logoUrl: string | null;
            nom: string;
            telephone: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        SuiviConseillerDto: {
            /** @enum {string} */
            echeance: "j15" | "m1" | "m3";
            /** @enum {string} */
            situation: "emploi" | "formation" | "recherche" | "autre";
        };
        TotauxView: {
            heuresParSemaine: {
                [key: string]: number;
            };
            heuresTotal: number;
            joursPresence: number;
        };
        TransitionDto: {
            /** @description Motif (obligatoire pour clôturer ou renvoyer en brouillon) */
            motif?: string;
            /** @description Pour clôturer : pourvue_ailleurs, annulee_employeur, besoin_disparu, entreprise_injoignable, autre */
            motifCloture?: string;
        };
        TriDto: {
            ecarter?: components["schemas"]["EcartLigneDto"][];
            retenir?: string[];
        };
        UpdateEntrepriseDto: {
            /** @example 12 rue de la Gare */
            adresse?: Record<string, never> | null;
            /**
             * @description Code NAF rév. 2
             * @example 10.71C
             */
            codeNaf?: Record<string, never> | null;
            /** @example 59000 */
            codePostal?: Record<string, never> | null;
            /**
             * @description Code INSEE de la commune
             * @example 59350
             */
            communeInsee?: Record<string, never> | null;
            contacts?: components["schemas"]["ContactDto"][];
            /** @example Au bon pain */
            enseigne?: Record<string, never> | null;
            /** @example 50.6292 */
            lat?: Record<string, never> | null;
            /** @example 3.0573 */
            lon?: Record<string, never> | null;
            /** @description Notes du CRE : jamais montrées aux employeurs */
            notes?: Record<string, never> | null;
            /** @example Boulangerie Durand SARL */
            raisonSociale?: string;
            /**
             * @description 14 chiffres, espaces tolérés
             * @example 732 829 320 00074
             */
            siret?: string;
            /** @enum {string|null} */
            trancheEffectif?: "0" | "1_9" | "10_49" | "50_249" | "250_plus" | null;
        };
        UpdateJeuneDto: {
            /** @example 3 rue des Tilleuls */
            adresse?: Record<string, never> | null;
            /** @example 59000 */
            codePostal?: Record<string, never> | null;
            /**
             * @description Code INSEE de la commune
             * @example 59350
             */
            communeInsee?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description Conseiller référent ; par défaut, vous
             */
            conseillerId?: Record<string, never> | null;
            /**
             * @description 16 à 25 ans à l’inscription
             * @example 2006-04-17
             */
            dateNaissance?: string;
            /**
             * @description Disponible à partir du
             * @example 2026-12-07
             */
            disponibleLe?: Record<string, never> | null;
            /** @example lina.benali@example.fr */
            email?: Record<string, never> | null;
            experiences?: components["schemas"]["ExperienceDto"][];
            /**
             * @description 1 à 5 fiches ROME, par préférence
             * @example [
             *       "G1603",
             *       "D1507"
             *     ]
             */
            fichesRome?: string[];
            /**
             * @description Identifiant dans le SI de la ML
             * @example IMILO-0042
             */
            idExterne?: Record<string, never> | null;
            indisponibilites?: components["schemas"]["IndisponibiliteDto"][];
            /** @enum {string|null} */
            niveauDiplome?: "INFRA_3" | "3" | "4" | "5" | "6" | "7" | null;
            /** @example Benali */
            nom?: string;
            /** @description Notes du conseiller (jamais montrées aux employeurs) */
            notes?: Record<string, never> | null;
            /** @default false */
            permisB: boolean;
            /** @example Lina */
            prenom?: string;
            /**
             * @default aucun
             * @enum {string}
             */
            programme: "CEJ" | "PACEA" | "PPAE" | "aucun";
            programmeDebut?: Record<string, never> | null;
            programmeFin?: Record<string, never> | null;
            /**
             * @description Distance acceptée domicile – travail (km)
             * @default 10
             */
            rayonMobiliteKm: number;
            /**
             * @description Enregistré au format E.164
             * @example 06 12 34 56 78
             */
            telephone?: Record<string, never> | null;
            /** @default false */
            tempsPartielUniquement: boolean;
            /** @default false */
            transportsCommun: boolean;
            /** @default false */
            vehicule: boolean;
        };
        UpdateOffreDto: {
            /**
             * @description Nombre de candidats proposés (2 : on ne met pas les jeunes en concurrence)
             * @default 2
             */
            candidatsSouhaites: number;
            /**
             * @description Code OGR de l'appellation ROME
             * @example 38252
             */
            codeAppellation?: string;
            /**
             * @description Code de la fiche ROME
             * @example G1803
             */
            codeRome?: string;
            /**
             * @description Code INSEE du lieu ; par défaut celui de l'entreprise
             * @example 59350
             */
            communeInsee?: string;
            /**
             * @description Pas dans le passé
             * @example 2026-12-15
             */
            dateDebut?: string;
            description?: string;
            /**
             * @description Distance maximale domicile – travail des candidats (km)
             * @default 30
             */
            distanceMaxKm: number;
            /** @enum {string} */
            dureeUnite?: "mois" | "semaines";
            /**
             * @description Obligatoire pour CDD, MIS et SAI
             * @example 6
             */
            dureeValeur?: number;
            /**
             * @description Débutant accepté, souhaitée, exigée
             * @default D
             * @enum {string}
             */
            experience: "D" | "S" | "E";
            /** @example 35 */
            heuresHebdo?: number;
            /** @example Du mardi au samedi, 11 h – 15 h et 18 h – 22 h */
            horaires?: string;
            /**
             * @default E1
             * @enum {string}
             */
            natureContrat: "E1" | "E2" | "FS" | "FT" | "FU";
            /** @enum {string} */
            niveauDiplome?: "INFRA_3" | "3" | "4" | "5" | "6" | "7";
            /** @default 1 */
            nombrePostes: number;
            /** @default true */
            ouverteMineurs: boolean;
            /** @description Permis B exigé */
            permisB?: boolean;
            /** @example 11.88 */
            salaireMontant?: number;
            /** @enum {string} */
            salaireUnite?: "horaire" | "mensuel";
            /** @description Par défaut : moins de 35 h */
            tempsPartiel?: boolean;
            /** @example Serveur / serveuse en brasserie */
            titre?: string;
            /** @description Travail entre 22 h et 6 h (interdit aux mineurs) */
            travailNuit?: boolean;
            travailWeekend?: boolean;
            /**
             * @example CDD
             * @enum {string}
             */
            typeContrat?: "CDI" | "CDD" | "MIS" | "SAI" | "DDI" | "TTI" | "DIN";
        };
        UserView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            nom: string;
            prenom: string;
            /** @enum {string} */
            role: "admin" | "cre" | "conseiller" | "employeur" | "operateur";
            /** Format: uuid */
            structureId: string;
        };
        VerificationView: {
            avertissements: components["schemas"]["ProblemeView"][];
            erreurs: components["schemas"]["ProblemeView"][];
            /** @description Moins de 18 ans au premier jour */
            mineur: boolean;
            totaux?: components["schemas"]["TotauxView"];
        };
        VerifierConventionDto: {
            accueil?: components["schemas"]["AccueilDto"];
            activites?: string;
            /** @description Complète ou corrige le profil du jeune */
            beneficiaire?: components["schemas"]["BeneficiaireDto"];
            competences?: string;
            conditionsTravail?: string;
            /** @example 2027-01-04 */
            dateDebut?: string;
            /** @example 2027-01-15 */
            dateFin?: string;
            /** @description Mineur : justification d’une présence un dimanche ou un jour férié */
            derogationDimancheFerie?: string;
            employeurActuel?: components["schemas"]["EmployeurActuelDto"];
            /** Format: uuid */
            entrepriseId: string;
            equipementsProtection?: string;
            /** @description Jour par jour, une ou deux plages ; les totaux sont calculés. */
            horaires?: components["schemas"]["JourHoraireDto"][];
            /** Format: uuid */
            jeuneId: string;
            /** @description Par défaut : l’adresse de la structure d’accueil */
            lieu?: components["schemas"]["AdresseDto"];
            metier?: components["schemas"]["MetierDto"];
            /** @enum {string} */
            objectif?: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
            representantLegal?: components["schemas"]["RepresentantLegalDto"];
            restauration?: string;
            risques?: string;
            /** @description Téléphone du conseiller (signataire pour la Mission Locale) */
            telephoneConseiller?: string;
            transport?: string;
            tuteur?: components["schemas"]["FonctionPersonneDto"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ATraiterController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ATraiterView"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Adresse e-mail ou mot de passe incorrect */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Trop de tentatives */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Limiteur de tentatives indisponible (Redis) : réessayer après Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    PasswordResetController_nouveau: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NouveauMotDePasseDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_oubli: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MotDePasseOublieDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandeRecueView"];
                };
            };
        };
    };
    SessionController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSession"];
                };
            };
        };
    };
    SessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSession"];
                };
            };
        };
    };
    SessionController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EntreprisesController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description Raison sociale, enseigne ou SIRET (espaces tolérés) */
                q?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntreprisesPageView"];
                };
            };
        };
    };
    EntreprisesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntrepriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseCreView"];
                };
            };
        };
    };
    EntreprisesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vue du personnel (avec les notes du CRE) ou vue employeur (sans les notes) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseCreView"] | components["schemas"]["EntrepriseEmployeurView"];
                };
            };
        };
    };
    EntreprisesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntrepriseDto"];
            };
        };
        responses: {
            /** @description Vue du personnel (avec les notes du CRE) ou vue employeur (sans les notes) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseCreView"] | components["schemas"]["EntrepriseEmployeurView"];
                };
            };
        };
    };
    EntrepriseInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntrepriseInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseInvitationView"];
                };
            };
        };
    };
    RattachementsController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RattachementView"];
                };
            };
        };
    };
    RattachementsController_validate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RattachementView"];
                };
            };
        };
    };
    MisesEnRelationController_pourEntreprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vue du personnel (score, raisons, historique) ou vue employeur (le candidat) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"][] | components["schemas"]["MerEmployeurView"][];
                };
            };
        };
    };
    EntrepriseNotesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseNoteView"][];
                };
            };
        };
    };
    EntrepriseNotesController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntrepriseNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrepriseNoteView"];
                };
            };
        };
    };
    RattachementsController_list: {
        parameters: {
            query?: {
                statut?: "en_attente" | "validee" | "refusee";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RattachementView"][];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details?: {
                            [key: string]: unknown;
                        };
                        error?: {
                            [key: string]: unknown;
                        };
                        info?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status?: "ok" | "error";
                    };
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details?: {
                            [key: string]: unknown;
                        };
                        error?: {
                            [key: string]: unknown;
                        };
                        info?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status?: "ok" | "error";
                    };
                };
            };
        };
    };
    InvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"][];
                };
            };
        };
    };
    InvitationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
        };
    };
    InvitationsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Lien inconnu, expiré ou déjà utilisé */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JeunesController_list: {
        parameters: {
            query?: {
                /** @description Commune (code INSEE) du centre de recherche */
                communeInsee?: string;
                /** @description Un conseiller (uuid), ou « moi » */
                conseillerId?: string;
                /** @description Disponibles à cette date (AAAA-MM-JJ) */
                disponibleLe?: string;
                page?: number;
                parPage?: number;
                programme?: "CEJ" | "PACEA" | "PPAE" | "aucun";
                /** @description Nom, prénom ou identifiant externe */
                q?: string;
                /** @description Rayon autour de la commune (km) */
                rayonKm?: number;
                /** @description Une fiche (G1603) ou un grand domaine (G) */
                rome?: string;
                statut?: "actif" | "en_emploi" | "en_formation" | "sorti";
                /** @description Uniquement ceux qui acceptent un temps plein */
                tempsPlein?: boolean;
                trancheAge?: "16-17" | "18-21" | "22-25" | "26+";
                tri?: "nom" | "recent" | "disponibilite";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeunesPageView"];
                };
            };
        };
    };
    JeunesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJeuneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeuneConseillerView"];
                };
            };
        };
    };
    JeunesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profil complet (conseiller, admin) ou de présélection, sans coordonnées (CRE) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeuneConseillerView"] | components["schemas"]["JeuneCreView"];
                };
            };
        };
    };
    JeunesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateJeuneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeuneConseillerView"];
                };
            };
        };
    };
    JeunesController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JeunesController_auditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JeunesController_consent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canal: "email" | "sms";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentState"];
                };
            };
        };
    };
    JeunesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JeunesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JeunesController_statut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatutDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeuneConseillerView"];
                };
            };
        };
    };
    MessagesController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jeuneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"][];
                };
            };
        };
    };
    JeunesController_counts: {
        parameters: {
            query?: {
                /** @description Commune (code INSEE) du centre de recherche */
                communeInsee?: string;
                /** @description Un conseiller (uuid), ou « moi » */
                conseillerId?: string;
                /** @description Disponibles à cette date (AAAA-MM-JJ) */
                disponibleLe?: string;
                programme?: "CEJ" | "PACEA" | "PPAE" | "aucun";
                /** @description Nom, prénom ou identifiant externe */
                q?: string;
                /** @description Rayon autour de la commune (km) */
                rayonKm?: number;
                /** @description Une fiche (G1603) ou un grand domaine (G) */
                rome?: string;
                statut?: "actif" | "en_emploi" | "en_formation" | "sorti";
                /** @description Uniquement ceux qui acceptent un temps plein */
                tempsPlein?: boolean;
                trancheAge?: "16-17" | "18-21" | "22-25" | "26+";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeuneCompteurs"];
                };
            };
        };
    };
    JeunesImportController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Import accepté : suivre /jeunes/import/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatusView"];
                };
            };
        };
    };
    JeunesImportController_statut: {
        parameters: {
            query?: {
                lignes?: "toutes" | "rejets";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatusView"];
                };
            };
        };
    };
    AccordsController_lister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccordView"][];
                };
            };
        };
    };
    AccordsController_proposer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposerAccordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccordView"];
                };
            };
        };
    };
    AccordsController_accepter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccordView"];
                };
            };
        };
    };
    AccordsController_refuser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccordView"];
                };
            };
        };
    };
    AccordsController_revoquer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccordView"];
                };
            };
        };
    };
    PropositionsController_lire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReglagesView"];
                };
            };
        };
    };
    PropositionsController_definir: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReglagesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReglagesView"];
                };
            };
        };
    };
    MessagesController_list: {
        parameters: {
            query?: {
                canal?: "email" | "sms";
                jeuneId?: string;
                page?: number;
                parPage?: number;
                statut?: "en_attente" | "differe" | "en_cours" | "envoye" | "delivre" | "echec" | "incertain" | "supprime";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesPageView"];
                };
            };
        };
    };
    MessagesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
        };
    };
    MessagesController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
        };
    };
    MessagesController_etat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EtatMessagesView"][];
                };
            };
        };
    };
    MessagesController_statistiques: {
        parameters: {
            query: {
                annee: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsStatistiquesView"];
                };
            };
        };
    };
    MisesEnRelationController_lister: {
        parameters: {
            query?: {
                attente?: "cre" | "jeune" | "employeur";
                entrepriseId?: string;
                jeuneId?: string;
                offreId?: string;
                statut?: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"][];
                };
            };
        };
    };
    MerTriController_proposer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropositionManuelleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"];
                };
            };
        };
    };
    MisesEnRelationController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vue du personnel (score, raisons, historique) ou vue employeur (le candidat) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"] | components["schemas"]["MerEmployeurView"];
                };
            };
        };
    };
    MisesEnRelationController_desister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DesistementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"];
                };
            };
        };
    };
    MerTriController_ecarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EcartDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"];
                };
            };
        };
    };
    MerRelanceController_messages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"][];
                };
            };
        };
    };
    MerRelanceController_relancer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultatRelanceDto"];
                };
            };
        };
    };
    MisesEnRelationController_reponseEmployeur: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReponseEmployeurDto"];
            };
        };
        responses: {
            /** @description Vue du personnel (score, raisons, historique) ou vue employeur (le candidat) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"] | components["schemas"]["MerEmployeurView"];
                };
            };
        };
    };
    MerTriController_retenir: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentaireDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"];
                };
            };
        };
    };
    MerTriController_aExaminer: {
        parameters: {
            query?: {
                offreId?: string;
                page?: number;
                parPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileTriView"];
                };
            };
        };
    };
    MisesEnRelationController_compteurs: {
        parameters: {
            query?: {
                attente?: "cre" | "jeune" | "employeur";
                entrepriseId?: string;
                jeuneId?: string;
                offreId?: string;
                statut?: "proposee" | "retenue" | "ecartee" | "acceptee_jeune" | "declinee_jeune" | "sans_reponse_jeune" | "transmise_employeur" | "entretien" | "recrutee" | "non_retenue" | "sans_reponse_employeur" | "desistement" | "annulee" | "embauche_ailleurs";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerCompteursView"];
                };
            };
        };
    };
    MerSuiviController_statistiques: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MerTriController_trier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriDto"];
            };
        };
        responses: {
            /** @description Toutes les lignes appliquées */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultatTri"];
                };
            };
            /** @description Un résultat par ligne : les lignes en erreur sont à corriger ou à renvoyer */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultatTri"];
                };
            };
        };
    };
    OffresController_list: {
        parameters: {
            query?: {
                /** @description Créées jusqu'au (AAAA-MM-JJ, inclus) */
                au?: string;
                /** @description Commune (code INSEE) du centre de recherche */
                communeInsee?: string;
                /** @description Créées à partir de (AAAA-MM-JJ) */
                du?: string;
                entrepriseId?: string;
                page?: number;
                parPage?: number;
                /** @description Rayon autour de la commune (km) */
                rayonKm?: number;
                /** @description Une fiche (G1803) ou un grand domaine (G) */
                rome?: string;
                statut?: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree";
                tri?: "recent" | "ancien" | "date_debut" | "titre";
                typeContrat?: "CDI" | "CDD" | "MIS" | "SAI" | "DDI" | "TTI" | "DIN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffrePageView"];
                };
            };
        };
    };
    OffresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOffreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffreView"];
                };
            };
            /** @description OFFRE_DOUBLON : une offre semblable est en cours ; renvoyer avec confirmerDoublon */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OffresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffreView"];
                };
            };
        };
    };
    OffresController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOffreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffreView"];
                };
            };
        };
    };
    OffresController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "soumettre" | "valider" | "publier" | "renvoyer" | "cloturer" | "prolonger" | "rouvrir" | "marquer-pourvue";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffreView"];
                };
            };
            /** @description OFFRE_TRANSITION_INTERDITE, avec l'état actuel */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OffresController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffreTransitionView"][];
                };
            };
        };
    };
    MisesEnRelationController_pourOffre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vue du personnel (score, raisons, historique) ou vue employeur (le candidat) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerView"][] | components["schemas"]["MerEmployeurView"][];
                };
            };
        };
    };
    PropositionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropositionView"][];
                };
            };
        };
    };
    OffresController_export: {
        parameters: {
            query?: {
                /** @description Créées jusqu'au (AAAA-MM-JJ, inclus) */
                au?: string;
                /** @description Commune (code INSEE) du centre de recherche */
                communeInsee?: string;
                /** @description Créées à partir de (AAAA-MM-JJ) */
                du?: string;
                entrepriseId?: string;
                format?: "csv" | "xlsx";
                /** @description Rayon autour de la commune (km) */
                rayonKm?: number;
                /** @description Une fiche (G1803) ou un grand domaine (G) */
                rome?: string;
                statut?: "brouillon" | "a_valider" | "publiee" | "pourvue" | "cloturee" | "expiree";
                tri?: "recent" | "ancien" | "date_debut" | "titre";
                typeContrat?: "CDI" | "CDD" | "MIS" | "SAI" | "DDI" | "TTI" | "DIN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    RapportController_rapport: {
        parameters: {
            query?: {
                /** @description Fin de la période, incluse (AAAA-MM-JJ) ; 31 décembre par défaut */
                au?: string;
                /** @description Offres publiées par ce CRE */
                cre?: string;
                /** @description Grand domaine ROME (A à N) */
                domaine?: string;
                /** @description Début de la période (AAAA-MM-JJ, heure de Paris) ; 1er janvier par défaut */
                du?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RapportSchema"];
                };
            };
        };
    };
    RapportController_csv: {
        parameters: {
            query?: {
                /** @description Fin de la période, incluse (AAAA-MM-JJ) ; 31 décembre par défaut */
                au?: string;
                /** @description Offres publiées par ce CRE */
                cre?: string;
                /** @description Grand domaine ROME (A à N) */
                domaine?: string;
                /** @description Début de la période (AAAA-MM-JJ, heure de Paris) ; 1er janvier par défaut */
                du?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    RapportController_xlsx: {
        parameters: {
            query?: {
                /** @description Fin de la période, incluse (AAAA-MM-JJ) ; 31 décembre par défaut */
                au?: string;
                /** @description Offres publiées par ce CRE */
                cre?: string;
                /** @description Grand domaine ROME (A à N) */
                domaine?: string;
                /** @description Début de la période (AAAA-MM-JJ, heure de Paris) ; 1er janvier par défaut */
                du?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ReseauController_reseauRapport: {
        parameters: {
            query?: {
                /** @description Fin de la période, incluse (AAAA-MM-JJ) ; 31 décembre par défaut */
                au?: string;
                /** @description Offres publiées par ce CRE */
                cre?: string;
                /** @description Grand domaine ROME (A à N) */
                domaine?: string;
                /** @description Début de la période (AAAA-MM-JJ, heure de Paris) ; 1er janvier par défaut */
                du?: string;
                par?: "region" | "departement";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReseauSchema"];
                };
            };
        };
    };
    ReseauController_adhesion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdhesionSchema"];
                };
            };
        };
    };
    ReseauController_adherer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdhesionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdhesionSchema"];
                };
            };
        };
    };
    ReseauController_retirer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConventionsController_lister: {
        parameters: {
            query?: {
                jeuneId?: string;
                objectif?: "decouvrir_metier" | "confirmer_projet" | "initier_recrutement";
                statut?: "brouillon" | "a_signer" | "partiellement_signee" | "signee" | "validee" | "refusee" | "annulee";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionLigneView"][];
                };
            };
        };
    };
    ConventionsController_creer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_lire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_modifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_annuler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MotifDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    BilanController_bilan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BilanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_journal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionJournalView"][];
                };
            };
        };
    };
    ConventionsController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ConventionsController_refuser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MotifDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_renouveler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenouvelerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_renvoyer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenvoiView"];
                };
            };
        };
    };
    ConventionsController_soumettre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    BilanController_suivi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuiviConseillerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConventionsController_valider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    ConventionsController_viser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
        };
    };
    BilanController_statistiques: {
        parameters: {
            query?: {
                annee?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConventionsController_verifier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifierConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationView"];
                };
            };
        };
    };
    MesConventionsController_lister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaConventionView"][];
                };
            };
        };
    };
    MesConventionsController_lire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaConventionDetailView"];
                };
            };
        };
    };
    MesConventionsController_lienSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LienSignatureView"];
                };
            };
        };
    };
    MesConventionsController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ParametresController_lire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParametresDto"];
                };
            };
        };
    };
    ParametresController_ecrire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParametresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParametresDto"];
                };
            };
        };
    };
    IdentiteController_get: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentiteView"];
                };
            };
        };
    };
    PortailController_inscrire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                structureCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InscriptionView"];
                };
            };
            /** @description Trop d’inscriptions depuis cette adresse IP */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CodesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodesView"];
                };
            };
        };
    };
    CommunesController_find: {
        parameters: {
            query?: {
                /** @description Code postal (5 chiffres) ou son début (2 à 4) */
                codePostal?: string;
                /** @description Département, pour distinguer les homonymes */
                departement?: string;
                limit?: number;
                /** @description Nom ou début du nom (accents et majuscules indifférents) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneView"][];
                };
            };
        };
    };
    CommunesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                codeInsee: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneView"];
                };
            };
        };
    };
    RomeController_search: {
        parameters: {
            query: {
                limit?: number;
                /** @description Code, début de code, métier ou appellation */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RomeSearchResultView"][];
                };
            };
        };
    };
    RomeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FicheRomeDetailView"];
                };
            };
        };
    };
    StructuresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StructureView"];
                };
            };
        };
    };
    StructuresController_autres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StructureAutreView"][];
                };
            };
        };
    };
    StructuresController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StructureView"];
                };
            };
        };
    };
    AdministrationController_modifierIdentite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierIdentiteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StructureView"];
                };
            };
        };
    };
    AdministrationController_journal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompteJournalView"][];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                role?: "admin" | "cre" | "conseiller" | "employeur" | "operateur";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    AdministrationController_modifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierCompteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
}
