import { Anchor, Box, Button, Container, Group, Image, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useIdentite } from '../identity/identity';
import { navFor } from '../routes/areas';
import { preloadAtIdle, preloadRoute } from '../routes/preload';
import { STAFF } from '../routes/route-kit';
import { useLogout, useSession } from '../session/session';
import classes from './layout.module.css';

/** Landmarks (banner, navigation, main, contentinfo) and a skip link: RGAA 12.6, 12.7. */
export function Layout() {
  const identite = useIdentite();
  const { data: session } = useSession();
  const logout = useLogout();
  const client = useQueryClient();
  const navigate = useNavigate();
  const nom = identite?.nom ?? 'Mission Locale';
  const role = session?.user.role;
  // The menu's pages are loaded ahead (hover, focus; idle time for the staff, who keep the portal
  // open all day — not the employer on a phone's data): a click waits for data only.
  useEffect(
    () => (role && STAFF.includes(role) ? preloadAtIdle(navFor(role).map((e) => e.to)) : undefined),
    [role],
  );

  return (
    <>
      <a href="#contenu" className={classes.skip}>
        Aller au contenu
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
              {identite?.logoUrl && <Image src={identite.logoUrl} alt="" h={40} w="auto" />}
              <span>
                <Text component="span" fw={700} size="lg" display="block">
                  {nom}
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
                <Button
                  variant="white"
                  size="compact-sm"
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => navigate('/connexion') })
                  }
                >
                  Se déconnecter
                </Button>
              </Group>
            )}
          </Group>
        </Container>
      </Box>
      <Contenu />
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
    </>
  );
}

/**
 * The page, drawn afresh on each path. Its own component: a change of the query only (a list's
 * page, a filter) renders the page, not the header and the footer.
 */
function Contenu() {
  const { pathname } = useLocation();
  return (
    <Container size="lg" component="main" id="contenu" tabIndex={-1} py="lg" key={pathname}>
      <Suspense fallback={<Loader aria-label="Chargement" />}>
        <Outlet />
      </Suspense>
    </Container>
  );
}
