import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuthStore } from '../persistence/auth/auth.store.js';
import { AuthService } from './auth.service.js';
import { IDENTITY_PROVIDERS } from './identity-provider.js';
import { LocalIdentityProvider } from './local-identity.provider.js';
import { TokenService } from './token.service.js';

/** Sign-in: identity providers (local passwords today), JWT access tokens and rotated refresh tokens. */
@Module({
  imports: [DirectoryModule, JwtModule.register({})],
  providers: [
    AuthStore,
    TokenService,
    LocalIdentityProvider,
    { provide: IDENTITY_PROVIDERS, useFactory: (local: LocalIdentityProvider) => [local], inject: [LocalIdentityProvider] },
    AuthService,
  ],
  exports: [AuthService],
})
export class AuthModule {}
