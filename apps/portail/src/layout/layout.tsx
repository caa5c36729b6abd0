import { Anchor, Box, Button, Container, Group, Image, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useCallback, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useIdentite } from '../identity/identity';
import { navFor } from '../routes/areas';
import { preloadAtIdle, preloadRoute } from '../routes/preload';
import { STAFF } from '../routes/route-kit';
import { useLogout, useSession } from '../session/session';
import classes from './layout.module.css';

/**
 * Landmarks (banner, navigation, main, contentinfo) and a skip link: RGAA 12.6, 12.7. No hook
 * here: a change of the URL (a menu link, a list's page or filter) draws the page, not the header
 * and footer's Mantine components again (each a dozen hooks: bench/portail-tri.ts).
 */
export function Layout() {
  return (
    <>
      <a href="#contenu" className={classes.skip}>
        Aller au contenu
      </a>
      <Entete />
      <Contenu />
      <Pied />
    </>
  );
}

function Entete() {
  const identite = useIdentite();
  const { data: session } = useSession();
  const client = useQueryClient();
  const role = session?.user.role;
  // The menu's pages are loaded ahead (hover, focus; idle time for the staff, who keep the portal
  // open all day — not the employer on a phone's data): a click waits for data only.
  useEffect(
    () => (role && STAFF.includes(role) ? preloadAtIdle(navFor(role).map((e) => e.to)) : undefined),
    [role],
  );

  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
            {identite?.logoUrl && <Image src={identite.logoUrl} alt="" h={40} w="auto" />}
            <span>
              <Text component="span" fw={700} size="lg" display="block">
                {identite?.nom ?? 'Mission Locale'}
              </Text>
              <Text component="span" size="sm" display="block">
                {session && session.user.role !== 'employeur'
                  ? 'Espace Mission Locale'
                  : 'Espace employeurs'}
              </Text>
            </span>
          </Anchor>
          {session && (
            <Group gap="xs" component="nav" aria-label="Menu principal" wrap="wrap">
              {navFor(session.user.role).map((e) => (
                <NavLink
                  key={e.to}
                  to={e.to}
                  end={e.end}
                  className={classes.nav}
                  onClick={() => e.prefetch?.(client)}
                  onMouseEnter={() => preloadRoute(e.to)}
                  onFocus={() => preloadRoute(e.to)}
                >
                  {e.label}
                </NavLink>
              ))}
              <Deconnexion />
            </Group>
          )}
        </Group>
      </Container>
    </Box>
  );
}

/**
 * useNavigate follows the route (drawn again on each change of the URL): only this small
 * component does, its Mantine button is memoised on a stable handler.
 */
function Deconnexion() {
  const { mutate } = useLogout();
  const navigate = useNavigate();
  const onClick = useCallback(
    () => mutate(undefined, { onSettled: () => navigate('/connexion') }),
    [mutate, navigate],
  );
  return <BoutonDeconnexion onClick={onClick} />;
}

const BoutonDeconnexion = memo(function BoutonDeconnexion(p: { onClick: () => void }) {
  return (
    <Button variant="white" size="compact-sm" onClick={p.onClick}>
      Se déconnecter
    </Button>
  );
});

function Pied() {
  const identite = useIdentite();
  const nom = identite?.nom ?? 'Mission Locale';
  return (
    <Box component="footer" className={classes.footer}>
      <Container size="lg" py="md">
        <Text size="sm">
          {nom}
          {identite?.telephone && ` · ${identite.telephone}`}
          {identite?.email && (
            <>
              {' · '}
              <Anchor href={`mailto:${identite.email}`} size="sm">
                {identite.email}
              </Anchor>
            </>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          Service public d’accompagnement des jeunes de 16 à 25 ans vers l’emploi.
        </Text>
      </Container>
    </Box>
  );
}

/**
 * The page, drawn afresh on each path. Its own component: a change of the query only (a list's
 * page, a filter) renders the page, not the header and the footer. A plain element with
 * Mantine's Container's looks (layout.module.css): this one is drawn on every change of the URL.
 */
function Contenu() {
  const { pathname } = useLocation();
  return (
    <main id="contenu" tabIndex={-1} className={classes.contenu} key={pathname}>
      <Suspense fallback={<Loader aria-label="Chargement" />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
