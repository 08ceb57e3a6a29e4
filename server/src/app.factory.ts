import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppModule, type AppOptions } from './app.module.js';

/** Where the designer's production build lives, relative to this file in `src/` or `dist/`. */
export const DESIGNER_DIST = fileURLToPath(new URL('../../designer/dist/browser', import.meta.url));

export interface CreateAppOptions extends AppOptions {
  logger?: LoggerService | LogLevel[] | false;
  designerDir?: string;
}

/** Builds the Hito HTTP application: REST API under /api, OpenAPI at /api/docs, designer at /. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  // BPMN files of real methodologies run to hundreds of kilobytes; larger bodies get a 413.
  app.useBodyParser('json', { limit: '10mb' });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hito API')
      .setDescription('Deploy, run and audit BPMN methodologies.')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const designerDir = options.designerDir ?? DESIGNER_DIST;
  if (existsSync(designerDir)) {
    app.useStaticAssets(designerDir, { index: 'index.html' });
    // The designer routes in the browser: any other GET outside /api gets its index page.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
      res.sendFile('index.html', { root: designerDir });
    });
  }
  return app;
}
