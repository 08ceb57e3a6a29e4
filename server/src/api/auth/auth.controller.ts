import { Body, Controller, Get, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthService } from '../../auth/auth.service.js';
import type { Principal } from '../../auth/principal.js';
import type { IssuedTokens } from '../../auth/token.service.js';
import { DirectoryService } from '../../directory/directory.service.js';
import type { Candidacy, Person } from '../../directory/directory.types.js';
import { Authenticated, CurrentPrincipal, Public } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { LoginThrottleGuard } from '../login-throttle.guard.js';
import { LoginDto, MeDto, RefreshDto, SignInDto, TokensDto } from './auth.dto.js';

const BAD_CREDENTIALS = 'Usuario o contraseña incorrectos. / Wrong username or password.';
const BAD_REFRESH = 'La sesión no es válida o expiró; inicie sesión de nuevo. / The session is invalid or expired.';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: DirectoryService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LoginThrottleGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Iniciar sesión con contraseña / sign in with a password' })
  @ApiOkResponse({ type: SignInDto })
  @ApiUnauthorizedResponse({ description: 'Credenciales incorrectas (problem+json)' })
  @ApiProblems(400, 429)
  async login(@Body() body: LoginDto): Promise<IssuedTokens & { person: Person }> {
    const session = await this.auth.signIn('password', { username: body.username, password: body.password });
    if (!session) throw new UnauthorizedException(BAD_CREDENTIALS);
    return session;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Renovar tokens (rota el refresh token) / refresh and rotate tokens' })
  @ApiOkResponse({ type: TokensDto })
  @ApiUnauthorizedResponse({ description: 'Refresh token desconocido, expirado, revocado o reutilizado' })
  @ApiProblems(400)
  async refresh(@Body() body: RefreshDto): Promise<IssuedTokens> {
    const tokens = await this.auth.refresh(body.refreshToken);
    if (!tokens) throw new UnauthorizedException(BAD_REFRESH);
    return tokens;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Cerrar la sesión del refresh token / sign out (revokes the session)' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.signOut(body.refreshToken);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Quién soy y por quién actúo ahora / who am I and whom I act for' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentPrincipal() principal: Principal): Promise<{ person: Person; actingFor: Candidacy }> {
    const person = await this.directory.person(principal.personId);
    if (!person) throw new UnauthorizedException(BAD_REFRESH);
    return { person, actingFor: await this.directory.candidatesFor(principal.personId, new Date()) };
  }
}
